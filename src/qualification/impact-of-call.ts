import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { Impact } from './levels.js';

/**
 * Who an incident reaches, as the caller describes it: the whole company, one department
 * (« un service »), or one user.
 */
export type CallScope = 'company' | 'department' | 'user';

const scopes: readonly CallScope[] = ['company', 'department', 'user'];

/**
 * The impact of a call from its scope and whether the caller is a VIP. Seed §2.5.2.1 puts
 * « un service, un VIP » in the same column: a VIP alone weighs as a whole department; a VIP
 * never lowers a wider scope.
 *
 * @see seed §2.5.2.1
 * @throws TypeError when `scope` is not one of `'company'`, `'department'`, `'user'`.
 * @example
 * ```ts
 * impactOfCall({ scope: 'user', vip: true });
 * //=> 'department'
 * impactOfCall({ scope: 'user' });
 * //=> 'user'
 * ```
 */
export function impactOfCall(call: { readonly scope: CallScope; readonly vip?: boolean }): Impact {
  return guardInput('impactOfCall', () => {
    const { scope, vip } = call;
    if (!scopes.includes(scope)) {
      throw inputError(
        `Unknown call scope ${describeValue(scope)}: expected one of "company", "department", "user".`,
      );
    }
    return scope === 'user' && vip === true ? 'department' : scope;
  });
}
