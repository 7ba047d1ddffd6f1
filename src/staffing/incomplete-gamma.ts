// The regularized incomplete gamma function and its pieces, in log space, for the Erlang A
// closed forms (Mandelbaum & Zeltyn 2007 write them with γ(a, x)). Internal to the staffing
// module: the algorithms are the classic series and continued fraction (Numerical Recipes
// §6.2) with the power-over-gamma prefactor taken from Stirling's series, so that it keeps
// its precision for the large parameters (a = c·patience/handleTime) of big desks.

const halfLnTwoPi = 0.5 * Math.log(2 * Math.PI);
const epsilon = 1e-17;

/**
 * `log1p(z) − z`, accurate near 0 where the plain difference cancels.
 *
 * @example
 * ```ts
 * log1pMinusX(0);
 * //=> 0
 * ```
 */
export function log1pMinusX(z: number): number {
  if (Math.abs(z) >= 0.25) return Math.log1p(z) - z;
  let power = z;
  let sum = 0;
  for (let k = 2; k < 100; k++) {
    power *= -z;
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= epsilon * Math.abs(sum)) break;
  }
  return sum;
}

/** Stirling's correction `ln Γ(a+1) − (a ln a − a + ½ ln 2πa)`, for a ≥ 10 (error < 1e-16). */
function stirlingCorrection(a: number): number {
  const inv = 1 / a;
  const inv2 = inv * inv;
  return (
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188)))))
  );
}

/**
 * `ln Γ(a + 1)` for a > 0 (Stirling's series, shifted up to a ≥ 10 for small a).
 *
 * @example
 * ```ts
 * Math.round(Math.exp(lnGammaPlusOne(5)));
 * //=> 120
 * ```
 */
export function lnGammaPlusOne(a: number): number {
  if (a >= 10) return a * Math.log(a) - a + halfLnTwoPi + 0.5 * Math.log(a) + stirlingCorrection(a);
  let shift = 0;
  let b = a;
  while (b < 10) {
    b += 1;
    shift += Math.log(b);
  }
  return lnGammaPlusOne(b) - shift;
}

/**
 * `ln(xᵃ e⁻ˣ / Γ(a + 1))`, the prefactor of the incomplete gamma series, for a > 0, x > 0.
 * For a ≥ 10 it is computed as `a·(log1p(z) − z) − ½ ln 2πa − correction` with
 * `z = (x − a)/a`, which keeps its precision when a and x are large and close.
 *
 * @example
 * ```ts
 * Math.abs(lnPowerOverGamma(3, 2) - Math.log((8 * Math.exp(-2)) / 6)) < 1e-12;
 * //=> true
 * ```
 */
export function lnPowerOverGamma(a: number, x: number, z: number = (x - a) / a): number {
  if (a >= 10) return a * log1pMinusX(z) - halfLnTwoPi - 0.5 * Math.log(a) - stirlingCorrection(a);
  return a * Math.log(x) - x - lnGammaPlusOne(a);
}

/**
 * `Σₙ xⁿ / ((a+1)(a+2)…(a+n))`, n ≥ 0: the regularized lower incomplete gamma divided by its
 * prefactor, `P(a, x) = xᵃe⁻ˣ/Γ(a+1) · series`. Converges for any x ≥ 0; used for x < a + 1
 * where its terms only decrease. Mandelbaum & Zeltyn's `A(a, x)` function is this series.
 *
 * @example
 * ```ts
 * gammaSeries(1, 0);
 * //=> 1
 * ```
 */
export function gammaSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 100_000_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= epsilon * sum) break;
  }
  return sum;
}

/**
 * The continued fraction of the regularized upper incomplete gamma, for x ≥ a + 1:
 * `Q(a, x) = a · xᵃe⁻ˣ/Γ(a+1) · fraction` (modified Lentz).
 *
 * @example
 * ```ts
 * Math.abs(upperGammaFraction(1, 2) - 0.5) < 1e-15;
 * //=> true
 * ```
 */
export function upperGammaFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= 1e-16) break;
  }
  return h;
}

/**
 * `ln P(a, x)`, the log of the regularized lower incomplete gamma function, for a > 0,
 * x ≥ 0 (−∞ at x = 0): the series below a + 1, `log1p(−Q)` with the continued fraction above.
 * `z = (x − a)/a` may be given when the caller knows it more precisely than the difference.
 *
 * @example
 * ```ts
 * Math.abs(Math.exp(lnLowerGammaRegularized(1, 2)) - (1 - Math.exp(-2))) < 1e-12;
 * //=> true
 * ```
 */
export function lnLowerGammaRegularized(a: number, x: number, z: number = (x - a) / a): number {
  if (x <= 0) return Number.NEGATIVE_INFINITY;
  const lnPrefactor = lnPowerOverGamma(a, x, z);
  if (x < a + 1) return lnPrefactor + Math.log(gammaSeries(a, x));
  return Math.log1p(-a * Math.exp(lnPrefactor) * upperGammaFraction(a, x));
}
