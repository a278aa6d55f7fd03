/**
 * What every `factmark` command starts from: the article file read and imported exactly as the app
 * imports it (an HTML article with a jsdom window of its own, see htmlDom.ts), and the tag files
 * beside it, each read or with the sentence saying why it could not be. Never writes.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { createHtmlImporter, type HtmlImporter } from '../../shared/article/importHtml'
import { loadArticle } from '../../shared/article/loadArticle'
import type { Result } from '../../shared/ipc'
import { msg } from '../../shared/messages'
import { readArticleFile } from '../main/articleFile'
import { readTagFilesBeside, type TagFileFound } from '../main/tagFilesBeside'
import { createNodeHtmlDom } from './htmlDom'

export interface ArticleBeside {
  /** The article's real path (links resolved): tag files are looked for beside it. */
  realPath: string
  fileName: string
  /** SHA-256 (hex) of the article file's bytes. */
  sha256: string
  /** The article as imported from the file (before any tag file's text corrections). */
  fileDoc: PMNode
  tagFiles: TagFileFound[]
}

/**
 * Reads and imports the article at `articlePath` and lists the tag files beside it. Fails, with
 * the app's own sentence, when the article cannot be read or imported or its folder listed.
 */
export async function readArticleBeside(articlePath: string): Promise<Result<ArticleBeside>> {
  const article = await readArticleFile(articlePath)
  if (!article.ok) return article
  const { realPath, fileName, format, text, sha256 } = article.value
  let imported
  if (format === 'html') {
    const { dom, close } = await createNodeHtmlDom()
    try {
      imported = loadArticle(format, text, createHtmlImporter(dom))
    } finally {
      close()
    }
  } else {
    imported = loadArticle(format, text, noHtml)
  }
  if (!imported.ok) return { ok: false, error: { code: imported.error.code, message: msg.article.fileSays({ fileName, message: imported.error.message }) } }
  const found = await readTagFilesBeside(realPath)
  if (!found.ok) return found
  return { ok: true, value: { realPath, fileName, sha256, fileDoc: imported.value, tagFiles: found.value } }
}

/** Only HTML articles need a DOM; the other formats never call this. */
const noHtml: HtmlImporter = () => {
  throw new Error('no HTML importer for a non-HTML article')
}
