import { describe, expect, it } from 'vitest'
import { createRandom, deriveSeed } from './random'
import { fixtureName, parseFixtureName, regenerateInput, runFuzzCampaign, summarize, type FuzzTarget } from './runFuzz'

/** A target over small integers whose check fails on multiples of 7 and throws on multiples of 11. */
const numbers: FuzzTarget<number> = {
  name: 'num',
  generate: (random) => random.int(1000),
  check: (n) => {
    if (n % 11 === 0) throw new RangeError(`eleven divides ${n}`)
    return n % 7 === 0 ? `seven divides ${n}` : null
  },
  fixture: {
    extension: () => 'txt',
    encode: (n) => new TextEncoder().encode(String(n)),
    decode: (_ext, content) => Number(new TextDecoder().decode(content))
  }
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((random) => () => random.next())(createRandom(seed)))
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
  })

  it('keeps int, range and float within bounds', () => {
    const random = createRandom(1)
    for (let i = 0; i < 2000; i += 1) {
      const n = random.int(7)
      const r = random.range(-3, 3)
      const f = random.float()
      expect(Number.isInteger(n) && n >= 0 && n < 7).toBe(true)
      expect(Number.isInteger(r) && r >= -3 && r <= 3).toBe(true)
      expect(f >= 0 && f < 1).toBe(true)
    }
    expect(random.int(0)).toBe(0)
    expect(() => random.pick([])).toThrow(RangeError)
  })

  it('derives unrelated seeds for neighbouring indices', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(5, i)))
    expect(seeds.size).toBe(1000)
  })
})

describe('runFuzzCampaign', () => {
  it('reports failing and throwing inputs with a seed that regenerates them', () => {
    const report = runFuzzCampaign({ seed: 3, runs: 200, target: numbers, maxFailures: 1000 })
    expect(report.runs).toBe(200)
    expect(report.failures.length).toBeGreaterThan(0)
    for (const failure of report.failures) {
      expect(createRandom(failure.seed).int(1000)).toBe(failure.input)
      expect(regenerateInput(numbers, 3, failure.index)).toBe(failure.input)
      expect(failure.error).toMatch(failure.input % 11 === 0 ? /^threw RangeError: eleven divides \d+/ : /^seven divides \d+$/)
    }
    const inputs = Array.from({ length: 200 }, (_, i) => regenerateInput(numbers, 3, i))
    expect(report.failures.map((f) => f.index)).toEqual(
      inputs.flatMap((n, i) => (n % 7 === 0 || n % 11 === 0 ? [i] : []))
    )
  })

  it('is reproducible, stops at maxFailures and finds the slowest input with the clock given', () => {
    let time = 0
    const clock = () => (time += 1)
    const once = runFuzzCampaign({ seed: 9, runs: 100, target: numbers, clock, maxFailures: 3 })
    const again = runFuzzCampaign({ seed: 9, runs: 100, target: numbers, clock, maxFailures: 3 })
    expect(again.failures).toEqual(once.failures)
    expect(once.failures).toHaveLength(3)
    expect(once.runs).toBe(once.failures[2].index + 1)
    // Every check takes one tick of this clock: the first input stays the slowest.
    expect(once.slowest).toEqual({ index: 0, ms: 1 })
    expect(summarize(once)).toMatch(/^fuzz num +seed 9 +runs +\d+ +failures 3 +slowest 1\.0 ms \(index 0\)/)
  })

  it('refuses a run count that is not a non-negative integer', () => {
    expect(() => runFuzzCampaign({ seed: 1, runs: -1, target: numbers })).toThrow(RangeError)
    expect(() => runFuzzCampaign({ seed: 1, runs: 1.5, target: numbers })).toThrow(RangeError)
    expect(runFuzzCampaign({ seed: 1, runs: 0, target: numbers }).slowest).toEqual({ index: -1, ms: 0 })
  })
})

describe('fixture names', () => {
  it('are <target>-<seed>-<index>.<ext> and parse back', () => {
    const name = fixtureName(numbers, 20230727, { index: 12, seed: 1, input: 14, error: 'x' })
    expect(name).toBe('num-20230727-12.txt')
    expect(parseFixtureName(name)).toEqual({ target: 'num', seed: 20230727, index: 12, extension: 'txt' })
    expect(parseFixtureName('sidecar-1-2.escaped.json')).toEqual({ target: 'sidecar', seed: 1, index: 2, extension: 'escaped.json' })
    expect(parseFixtureName('README.md')).toBeNull()
    expect(parseFixtureName('txt-1-2')).toBeNull()
  })
})
