/**
 * Reading helpers of the W3C Web Annotation import (w3cImport.ts): JSON shapes, the context and
 * types, ISO 8601 dates to UTC, agents to authors, selectors, typed fields. Each refuses a value
 * of the wrong kind by throwing a {@link Refusal} whose sentence names the field's path; only
 * parseW3c catches it, so no exception leaves the format.
 */
import { msg } from '../messages'
import type { Author } from '../model/tag'
import { fnv1a64Hex } from '../sidecar'
import { ANNO_CONTEXT, ANNO_CONTEXT_HTTPS, ANNOTATOR_IRI } from './w3cVocabulary'

export type Json = { [key: string]: unknown }
export const m = msg.formats.w3c

/** Thrown by these helpers and w3cImport.ts, caught by parseW3c only: a refusal with its sentence. */
export class Refusal {
  constructor(readonly message: string) {}
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value from the file, shown in a sentence: quoted, short, no control or bidi characters. */
export function shown(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? typeof value
  } catch {
    text = typeof value
  }
  if (text.length > 60) text = `${text.slice(0, 60)}…`
  return text.replace(/[\p{C}\u2028\u2029]/gu, '?')
}

/** A JSON-LD value as a list: absent and null are none, a single value one. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The node's types; `path` names the node ('' for the top level). */
export function typesOf(node: Json, path: string): string[] {
  if (node.type === undefined && node['@type'] === undefined) throw new Refusal(m.noType({ path: path || m.topLevel }))
  const types = listOf(node.type ?? node['@type'])
  if (!types.every((t) => typeof t === 'string')) throw new Refusal(m.notString({ path: path ? `${path}.type` : 'type' }))
  return types as string[]
}

/** Refuses a node without the Web Annotation context (first of a list, or the string). */
export function checkContext(node: Json, path: string): void {
  if (!('@context' in node)) throw new Refusal(m.noContext())
  const first = listOf(node['@context'])[0]
  if (first !== ANNO_CONTEXT && first !== ANNO_CONTEXT_HTTPS) throw new Refusal(m.wrongContext({ path: `${path}@context`, value: shown(node['@context']) }))
}

export const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 time as UTC with a Z; a date alone is its midnight UTC, a time without zone UTC. */
export function dateOf(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !ISO_8601.test(value)) throw new Refusal(m.badDate({ path, value: shown(value) }))
  const zoned = value.includes('T') ? (/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`) : `${value}T00:00:00Z`
  const date = new Date(zoned.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) throw new Refusal(m.badDate({ path, value: shown(value) }))
  return date.toISOString()
}

export function firstString(value: unknown): string | undefined {
  const found = listOf(value).find((v) => typeof v === 'string' && v.trim() !== '')
  return typeof found === 'string' ? found : undefined
}

/** The author of a `creator` (an agent object, an IRI, or a list of either), or undefined. */
export function authorOf(value: unknown): Author | undefined {
  const agent = listOf(value)[0]
  const id = typeof agent === 'string' ? agent : isObject(agent) ? firstString(agent.id ?? agent['@id']) : undefined
  const name = isObject(agent) ? (firstString(agent.name) ?? firstString(agent.nickname)) : undefined
  if (id === undefined && name === undefined) return undefined
  let annotatorId = id ?? `w3c-${fnv1a64Hex(name ?? '')}`
  if (annotatorId.startsWith(ANNOTATOR_IRI)) {
    try {
      annotatorId = decodeURIComponent(annotatorId.slice(ANNOTATOR_IRI.length))
    } catch {
      // Not one of ours after all: keep the IRI.
    }
  }
  if (annotatorId.length > 64 || annotatorId === '') annotatorId = `w3c-${fnv1a64Hex(id ?? name ?? '')}`
  return { annotatorId, name: (name ?? id ?? annotatorId).slice(0, 200) }
}

export function stringField(node: Json, key: string, path: string): string {
  const value = node[key]
  if (value === undefined) return ''
  if (typeof value !== 'string') throw new Refusal(m.notString({ path: `${path}.${key}` }))
  return value
}

/** The first TextQuoteSelector among `selectors` and their refinedBy chains, with its path. */
export function findQuote(selectors: unknown, path: string, depth = 0): { node: Json; path: string } | undefined {
  const list = listOf(selectors)
  for (let i = 0; i < list.length && depth < 8; i += 1) {
    const node = list[i]
    const here = Array.isArray(selectors) ? `${path}[${i}]` : path
    if (!isObject(node)) continue
    if (listOf(node.type).includes('TextQuoteSelector')) return { node, path: here }
    const inner = findQuote(node.refinedBy, `${here}.refinedBy`, depth + 1)
    if (inner) return inner
  }
  return undefined
}

/** A whole number ≥ 0 or a refusal naming `path`. */
export function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Refusal(m.notPosition({ path }))
  return value
}

/** One of the enum's values read from `node[key]`, or undefined with a warning. */
export function enumField<T extends string>(node: Json, key: string, values: readonly T[], path: string, warnings: string[]): T | undefined {
  const value = node[key]
  if (value === undefined) return undefined
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T
  warnings.push(m.valueLeftOut({ path: `${path}.${key}`, value: shown(value) }))
  return undefined
}

/** The string fields of `node` named by `keys` (Factmark name → key) that it holds. */
export function textFields<K extends string>(node: Json, keys: Record<K, string>, path: string): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const name of Object.keys(keys) as K[]) if (node[keys[name]] !== undefined) out[name] = stringField(node, keys[name], path)
  return out
}

/** The IRI a link's body or target names: a string, or a node's id. */
export function iriOf(value: unknown): string | undefined {
  const first = listOf(value)[0]
  if (typeof first === 'string') return first
  return isObject(first) ? firstString(first.id ?? first['@id']) : undefined
}

