/**
 * Checklist items 1, 7 and 11: renderer/index.html (resources, inline code, CSP meta tags) and
 * webviews in code.
 */
import { JSDOM } from 'jsdom'
import ts from 'typescript'
import type { Source } from './sources'
import { descendants, methodCall, parse, stringValue, where } from './syntax'

export const URL_ATTRIBUTES = ['src', 'href', 'action', 'formaction', 'poster', 'data', 'srcset']

/** renderer/index.html: resources from the app only, nothing inline, no webview, and its CSP meta tags. */
export function checkHtml(source: Source): { problems: string[]; policies: string[] } {
  const { document } = new JSDOM(source.text).window
  const problems: string[] = []
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (tag === 'webview') problems.push(`${source.path}: a <webview> element`)
    if (tag === 'script' && !element.hasAttribute('src') && (element.textContent ?? '').trim() !== '') {
      problems.push(`${source.path}: an inline <script>`)
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) problems.push(`${source.path}: inline handler ${name} on <${tag}>`)
      if (name === 'allowpopups' || name === 'nodeintegration' || name === 'disablewebsecurity') {
        problems.push(`${source.path}: ${name} on <${tag}>`)
      }
      if (!URL_ATTRIBUTES.includes(name)) continue
      let protocol: string
      try {
        protocol = new URL(attribute.value, 'app://factmark/').protocol
      } catch {
        // Not even a relative URL: nothing the page can load.
        continue
      }
      if (protocol !== 'app:') problems.push(`${source.path}: <${tag} ${name}="${attribute.value}"> loads from outside the app`)
    }
  }
  const policies = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '')
  return { problems, policies }
}

/** `<webview>` or `allowpopups` anywhere in code: JSX, createElement, markup strings. */
export function checkNoWebview(sources: Source[]): string[] {
  const problems: string[] = []
  for (const source of sources) {
    for (const node of descendants(parse(source))) {
      if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText().toLowerCase() === 'webview') {
        problems.push(`${where(node)} <webview> in JSX`)
      }
      if (ts.isJsxAttribute(node) && node.name.getText().toLowerCase() === 'allowpopups') problems.push(`${where(node)} allowpopups in JSX`)
      const text = stringValue(node)
      if (text !== undefined && /<webview\b|\ballowpopups\b/i.test(text)) problems.push(`${where(node)} webview markup in a string`)
      const call = methodCall(node)
      if (call?.method === 'createElement' && stringValue(call.call.arguments[0])?.toLowerCase() === 'webview') {
        problems.push(`${where(node)} createElement('webview')`)
      }
    }
  }
  return problems
}
