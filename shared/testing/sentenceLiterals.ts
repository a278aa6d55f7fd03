/**
 * Finds words for the user written as literals in a source file, for the test that keeps every
 * sentence in the message catalogue (shared/messages/sentences.test.ts). What counts:
 * - a string or template literal that reads like a sentence or a label: it starts with a capital
 *   letter and has two words or more, or it has two words or more and ends like a sentence
 *   (. ! ? or …, before a closing quote or bracket), or it is a phrase of four lower-case words
 *   or more ("there is no space left on the disk");
 * - JSX text holding a letter;
 * - a JSX attribute the user reads (aria-label, title, placeholder, alt, label, emptyText) given a
 *   string holding a letter.
 * What never counts: a message of a thrown `…Error` (programmer misuse, see DESIGN.md), console
 * output (for developers), module names, literal types, property names, and a template's
 * `${…}` parts (each is looked at on its own). Pure: takes the text, reads no file.
 */
import ts from 'typescript'

/** A literal that should come from the catalogue. */
export interface SentenceLiteral {
  /** 1-based line. */
  line: number
  /** The literal's text; a template's `${…}` parts as `{}`. */
  text: string
}

const USER_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'emptyText', 'aria-description'])

const WORD = /^[\p{L}’'-]+[,;]?$/u

/** True when `text` reads like a sentence, a label or a phrase for the user (see the module comment). */
export function readsLikeWords(text: string): boolean {
  const trimmed = text.trim()
  const tokens = trimmed.split(/\s+/).filter((token) => /\p{L}/u.test(token))
  if (tokens.length < 2) return false
  if (/^[“"«(]?\p{Lu}/u.test(trimmed)) return true
  if (/[.!?…]["”»)]?$/u.test(trimmed)) return true
  const words = tokens.filter((token) => WORD.test(token) && token === token.toLowerCase())
  return words.length >= 4 && words.length >= tokens.length * 0.75
}

function isExempt(node: ts.Node): boolean {
  for (let current: ts.Node = node; current.parent; current = current.parent) {
    const parent = current.parent
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true
    if (ts.isCallExpression(parent) && /^console\./.test(parent.expression.getText())) return true
    if (ts.isPropertyAssignment(parent) && parent.name === current) return true
    if (ts.isExternalModuleReference(parent)) return true
    // Only the nearest statement matters; stop there.
    if (ts.isStatement(parent)) return false
  }
  return false
}

function jsxAttributeName(node: ts.Node): string | null {
  const parent = node.parent
  if (ts.isJsxAttribute(parent)) return parent.name.getText()
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) return parent.parent.name.getText()
  return null
}

/** The literals in `source` (the text of the file at `path`, .ts, .tsx, .js or .mjs) that should come from the catalogue. */
export function findSentenceLiterals(path: string, source: string): SentenceLiteral[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, kind)
  const found: SentenceLiteral[] = []
  const report = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text })

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim()
      if (/\p{L}/u.test(text)) report(node, text)
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('') : node.text
      const attribute = jsxAttributeName(node)
      if (attribute !== null) {
        if (USER_ATTRIBUTES.has(attribute) && /\p{L}/u.test(text)) report(node, text)
      } else if (readsLikeWords(text) && !isExempt(node)) report(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}
