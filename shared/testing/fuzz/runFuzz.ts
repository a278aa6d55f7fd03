/**
 * Runs a fuzz campaign: many generated inputs through one target, collecting what went wrong.
 *
 * A campaign is reproducible: input `index` of the campaign seeded `seed` is generated from its
 * own seed, deriveSeed(seed, index), so a failure is rebuilt alone from the seed it reports. The
 * caller passes the target (generator and check), so a target that needs a DOM window is built
 * where one exists. Pure but for the clock, which the caller may pass in.
 */
import { createRandom, deriveSeed, type Random } from './random'

/** What a campaign exercises: how to make an input and how to judge what the code does with it. */
export interface FuzzTarget<I> {
  /** Short name, used in fixture file names: `<name>-<seed>-<index>.<ext>`. */
  readonly name: string
  /** Builds one input from its own seeded random source. */
  generate(random: Random): I
  /**
   * Runs the code under test on `input` and returns null when all is well, or a one-line
   * description of what is wrong. Throwing counts as a failure too.
   */
  check(input: I): string | null
  /** How an input is stored as a regression fixture, and read back. */
  readonly fixture: FixtureCodec<I>
}

/** How one target's inputs are written to and read from fixture files. */
export interface FixtureCodec<I> {
  /** File extension (without the dot) of this input's fixture; it may depend on the input. */
  extension(input: I): string
  /** The fixture file's content. */
  encode(input: I): Uint8Array
  /** The input stored in a fixture file with extension `extension`. */
  decode(extension: string, content: Uint8Array): I
}

export interface FuzzFailure<I> {
  /** Index of the input in its campaign. */
  index: number
  /** The input's own seed (see deriveSeed): createRandom(seed) regenerates it. */
  seed: number
  input: I
  /** What went wrong, in one line. */
  error: string
}

export interface FuzzReport<I> {
  target: string
  /** The campaign's seed. */
  seed: number
  runs: number
  failures: FuzzFailure<I>[]
  /** The input the check took longest on, and how long (ms); index -1 when there was no run. */
  slowest: { index: number; ms: number }
  /** Time spent in checks, in ms (generation excluded). */
  totalMs: number
}

export interface FuzzCampaignOptions<I> {
  seed: number
  runs: number
  target: FuzzTarget<I>
  /** A millisecond clock; defaults to performance.now. */
  clock?: () => number
  /** Stops after this many failures (default 20): one bug tends to fail many inputs. */
  maxFailures?: number
}

/**
 * Runs `runs` inputs of `target` and reports failures and the slowest input. Never throws for a
 * failing check; a generator that throws is a bug of the fuzzer itself and is not caught.
 * Throws a RangeError when `runs` is not a non-negative integer.
 */
export function runFuzzCampaign<I>(options: FuzzCampaignOptions<I>): FuzzReport<I> {
  const { seed, runs, target } = options
  if (!Number.isSafeInteger(runs) || runs < 0) throw new RangeError(`runFuzzCampaign: runs must be a non-negative integer, got ${runs}`)
  const clock = options.clock ?? (() => performance.now())
  const maxFailures = options.maxFailures ?? 20
  const failures: FuzzFailure<I>[] = []
  let slowest = { index: -1, ms: 0 }
  let totalMs = 0
  let done = 0
  for (let index = 0; index < runs && failures.length < maxFailures; index += 1) {
    const inputSeed = deriveSeed(seed, index)
    const input = target.generate(createRandom(inputSeed))
    const started = clock()
    const error = runCheck(target, input)
    const ms = clock() - started
    totalMs += ms
    done += 1
    if (ms > slowest.ms || slowest.index === -1) slowest = { index, ms }
    if (error !== null) failures.push({ index, seed: inputSeed, input, error })
  }
  return { target: target.name, seed, runs: done, failures, slowest, totalMs }
}

/** The input of `target` at `index` of the campaign seeded `seed`, generated again. */
export function regenerateInput<I>(target: FuzzTarget<I>, seed: number, index: number): I {
  return target.generate(createRandom(deriveSeed(seed, index)))
}

/** Runs `target`'s check on one input: null when it passes, else what went wrong (a throw included). */
export function runCheck<I>(target: FuzzTarget<I>, input: I): string | null {
  try {
    return target.check(input)
  } catch (error) {
    return `threw ${describeError(error)}`
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // The first stack frame says where; the whole stack would not fit a summary line.
  const frame = error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim()
  return `${error.name}: ${error.message}${frame ? ` (${frame})` : ''}`
}

/** The fixture file name of a failure: `<target>-<campaign seed>-<index>.<ext>`. */
export function fixtureName<I>(target: FuzzTarget<I>, campaignSeed: number, failure: FuzzFailure<I>): string {
  return `${target.name}-${campaignSeed}-${failure.index}.${target.fixture.extension(failure.input)}`
}

/** Target name, campaign seed, index and extension of a fixture file name, or null if it is not one. */
export function parseFixtureName(name: string): { target: string; seed: number; index: number; extension: string } | null {
  const match = /^([a-z0-9]+)-(\d+)-(\d+)\.(.+)$/.exec(name)
  if (!match) return null
  return { target: match[1], seed: Number(match[2]), index: Number(match[3]), extension: match[4] }
}

/** One summary line of a report: target, runs, failures, slowest input. */
export function summarize<I>(report: FuzzReport<I>): string {
  const slowest = report.slowest.index < 0 ? 'none' : `${report.slowest.ms.toFixed(1)} ms (index ${report.slowest.index})`
  return (
    `fuzz ${report.target.padEnd(8)} seed ${report.seed}  runs ${String(report.runs).padStart(6)}  ` +
    `failures ${report.failures.length}  slowest ${slowest}  total ${(report.totalMs / 1000).toFixed(1)} s`
  )
}
