/**
 * Numbers as `Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })` writes them (`1,234.5`,
 * `-0.07`), by hand: constructing that formatter loads ICU's number data, about 5 ms of a 0.2 s
 * cold start. Like ICU, it rounds the shortest decimal that reads back as the number (`1.005` →
 * `1.01`, where `toFixed` gives `1.00`), ties away from zero. Property-tested equal to Intl; what
 * `String` writes with an exponent (1e21 and up, below 1e-6), NaN and ±Infinity go to Intl.
 */
let intl: Intl.NumberFormat | undefined;

/** `n` with thousands separators and at most two decimals, trailing zeros dropped. */
export function formatDecimal(n: number): string {
  const shortest = String(Math.abs(n));
  if (!/^\d+(?:\.\d+)?$/.test(shortest)) return (intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(n);
  const [integer = '', decimals = ''] = shortest.split('.');
  // Hundredths as one integer, rounded up when the next digit is 5 or more.
  let hundredths = `${integer}${decimals.slice(0, 2).padEnd(2, '0')}`;
  if (decimals.charCodeAt(2) >= 53) hundredths = String(BigInt(hundredths) + 1n);
  hundredths = hundredths.replace(/^0+/, '').padStart(3, '0');
  const whole = hundredths.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = hundredths.slice(-2).replace(/0+$/, '');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
