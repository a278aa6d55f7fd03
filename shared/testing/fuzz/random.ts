/**
 * A small seeded pseudo-random generator for the fuzz campaigns.
 *
 * mulberry32 (public domain, Tommy Ettinger): 32 bits of state, fast, and the same sequence on
 * every platform, so a failing input is found again from its seed alone. Not for cryptography.
 * Math.random is never used by the fuzzers: a campaign must replay exactly.
 */

/** A seeded source of random choices. Every method advances the same sequence. */
export interface Random {
  /** The next unsigned 32-bit integer. */
  next(): number
  /** A float in [0, 1). */
  float(): number
  /** An integer in [0, max); 0 when max <= 0. */
  int(max: number): number
  /** An integer in [min, max], both included. */
  range(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One of `items`, uniformly. Throws a RangeError on an empty list (programmer misuse). */
  pick<T>(items: readonly T[]): T
  /** One of the values, with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T
}

/** A {@link Random} following the mulberry32 sequence of `seed` (taken as an unsigned 32-bit integer). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const float = (): number => next() / 0x1_0000_0000
  const int = (max: number): number => (max <= 0 ? 0 : Math.floor(float() * max))
  return {
    next,
    float,
    int,
    range: (min, max) => min + int(max - min + 1),
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('random: pick from an empty list')
      return items[int(items.length)]
    },
    weighted: (choices) => {
      const total = choices.reduce((sum, [weight]) => sum + weight, 0)
      let roll = float() * total
      for (const [weight, value] of choices) {
        roll -= weight
        if (roll < 0) return value
      }
      return choices[choices.length - 1][1]
    }
  }
}

/**
 * The seed of input `index` of the campaign seeded `seed`: every input has a seed of its own, so
 * one input is generated again without generating the ones before it. A murmur3 finaliser mixes
 * the two numbers so neighbouring indices give unrelated sequences.
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
