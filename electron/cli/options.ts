/**
 * Reading the arguments of `factmark export` and `factmark import`: positionals, flags and options
 * with a value (`--out FILE` or `--out=FILE`, repeatable ones collected in order). Pure.
 */

export type ParsedArgs =
  | { ok: true; help: boolean; positionals: string[]; values: Map<string, string[]> }
  | { ok: false; unknown: string }
  | { ok: false; missingValue: string }

/** Reads `args` for a command taking the options `withValue` (e.g. ['--out', '--as']). */
export function parseArgs(args: readonly string[], withValue: readonly string[]): ParsedArgs {
  const positionals: string[] = []
  const values = new Map<string, string[]>()
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') {
      positionals.push(...args.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq > 0 ? arg.slice(0, eq) : arg
    if (!withValue.includes(name)) return { ok: false, unknown: name }
    let value: string
    if (eq > 0) value = arg.slice(eq + 1)
    else {
      const next = args[i + 1]
      if (next === undefined) return { ok: false, missingValue: name }
      value = next
      i += 1
    }
    values.set(name, [...(values.get(name) ?? []), value])
  }
  return { ok: true, help, positionals, values }
}

/** The last value given for `name`, or null. */
export function lastValue(values: Map<string, string[]>, name: string): string | null {
  const all = values.get(name)
  return all && all.length > 0 ? all[all.length - 1] : null
}
