/**
 * The DOM the command line imports HTML articles with: a jsdom window of its own, with DOMPurify
 * made on it, exactly as the renderer imports them with the page's window. Scripts never run in
 * it (jsdom runs none unless asked, and the importer parses the file in an inert document anyway).
 * jsdom is loaded only when an HTML article is checked, so other checks start fast.
 */
import DOMPurify from 'dompurify'
import type { HtmlDom } from '../../shared/article/importHtml'

/** A fresh jsdom-backed DOM; call `close` when done. */
export async function createNodeHtmlDom(): Promise<{ dom: HtmlDom; close: () => void }> {
  const { JSDOM } = await import('jsdom')
  const jsdom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>')
  // jsdom's window implements the DOM Window the importer is typed with.
  const window = jsdom.window as unknown as Window & typeof globalThis
  return { dom: { window, purify: DOMPurify }, close: () => jsdom.window.close() }
}
