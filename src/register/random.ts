/**
 * A seeded random source for the synthetic register: pure-rand's xoroshiro128+ behind the few
 * draws the generator needs. The same seed gives the same sequence on every machine; nothing
 * here reads Math.random or the clock.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/** Draws from one seeded generator (mutable: each draw advances it). */
export class Random {
  private readonly rng: RandomGenerator;

  /** @param seed an integer 0 – 4,294,967,295 (32 bits) */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new RangeError(`seed must be an integer 0–4294967295, got ${seed}`);
    this.rng = xoroshiro128plus(seed | 0);
    for (let i = 0; i < 16; i++) this.rng.next(); // move away from the low-entropy initial state of small seeds
  }

  /** A uniform integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** A uniform float in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** `true` with probability `p` (0–1). */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One of `items`, uniformly. @throws RangeError for an empty list */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }

  /** One of the weighted entries `[value, weight]` (weights ≥ 0, not all 0), with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.float() * total;
    for (const [value, w] of entries) {
      if (x < w) return value;
      x -= w;
    }
    return entries.at(-1)![0];
  }

  /** Log-uniform in [lo, hi) (lo > 0): as many firms between 1 and 10 million as between 10 and 100 million. */
  logUniform(lo: number, hi: number): number {
    return Math.exp(this.between(Math.log(lo), Math.log(hi)));
  }

  /** A normal draw (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.float(); // (0, 1]
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** `k` distinct integers of [0, n), in random order (k ≤ n). */
  sample(n: number, k: number): number[] {
    if (k > n) throw new RangeError(`cannot draw ${k} distinct values from ${n}`);
    const chosen = new Set<number>();
    const out: number[] = [];
    while (out.length < k) {
      const i = this.int(0, n - 1);
      if (!chosen.has(i)) {
        chosen.add(i);
        out.push(i);
      }
    }
    return out;
  }
}
