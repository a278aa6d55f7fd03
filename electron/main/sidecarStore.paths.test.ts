import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildSidecar, MAX_SIDECAR_NAME_BYTES, sidecarFileName, type Annotator, type Sidecar } from '../../shared/sidecar'
import { createTag } from '../../shared/model/tag'
import { BACKUP_FOLDER } from './durableJsonFile'
import { loadSidecar, saveSidecar, sidecarPath, STALE_TEMP_MS } from './sidecarStore'
import { useTempFolder } from '../testing/tempFolder'

const annotator: Annotator = { id: 'a1', name: 'Alice Martin' }
const SIDECAR = 'article.txt.alice-martin.factmark.json'

const temp = useTempFolder('sidecar-paths')
let root: string
let dir: string
let article: string

beforeEach(async () => {
  root = temp.path
  dir = path.join(root, 'docs')
  await fs.mkdir(dir)
  article = path.join(dir, 'article.txt')
  await fs.writeFile(article, 'Hello world')
})

function sidecarFor(who: Annotator, note: string, fileName = 'article.txt'): Sidecar {
  const tag = createTag({
    id: 't1',
    kind: 'claim',
    target: { position: { start: 0, end: 5 }, quote: { exact: 'Hello', prefix: '', suffix: ' world' } },
    author: { annotatorId: who.id, name: who.name },
    now: '2025-01-01T10:00:00.000Z'
  })
  return buildSidecar({
    article: { fileName, sha256: 'a'.repeat(64), textLength: 11 },
    annotator: who,
    tags: [{ ...tag, note }],
    editedText: null,
    now: '2025-01-01T10:00:00.000Z'
  })
}

/** Every path under `folder`, relative to it. */
async function tree(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true })
  return entries.map(String).sort()
}

/** The id of a process that has exited (and been reaped), so no process has it now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  if (child.pid === undefined) throw new Error('could not start a process')
  return child.pid
}

const tempOf = (name: string, pid: number, hex = '0123456789ab') => `.${name}.${pid}.${hex}.tmp`

describe('sidecarStore: paths', () => {
  it('writes the sidecar of an article whose name is near the 255-byte limit, shortened, beside it, with backups', async () => {
    const longArticle = path.join(dir, `${'é'.repeat(120)}${'a'.repeat(10)}.txt`)
    expect(Buffer.byteLength(path.basename(longArticle))).toBe(254)
    await fs.writeFile(longArticle, 'Hello world')
    const first = sidecarFor(annotator, 'first', path.basename(longArticle))
    const second = sidecarFor(annotator, 'second', path.basename(longArticle))

    const saved = await saveSidecar(longArticle, first)
    if (!saved.ok) throw new Error(saved.error.message)
    expect(path.dirname(saved.value.path)).toBe(dir)
    expect(path.basename(saved.value.path)).toBe(sidecarFileName(path.basename(longArticle), annotator))
    expect(Buffer.byteLength(path.basename(saved.value.path))).toBeLessThanOrEqual(MAX_SIDECAR_NAME_BYTES)
    expect(await saveSidecar(longArticle, second)).toEqual(saved)

    expect(await loadSidecar(longArticle, annotator)).toEqual({ ok: true, value: { sidecar: second, notice: null } })
    const backup = path.join(dir, BACKUP_FOLDER, `${path.basename(saved.value.path)}.1`)
    expect(JSON.parse(await fs.readFile(backup, 'utf8'))).toEqual(first)
  })

  it('names the sidecar as the handlers report it: sidecarPath and sidecarFileName agree', () => {
    const long = path.join(dir, `${'z'.repeat(240)}.md`)
    for (const file of [article, long]) {
      expect(sidecarPath(file, annotator)).toBe(path.join(dir, sidecarFileName(path.basename(file), annotator)))
    }
  })

  it('keeps a sidecar of a hostile annotator name inside the article’s folder', async () => {
    const names = ['../../etc/passwd', '/tmp/x', 'C:\\x', '..', 'a\0b', 'con', 'x'.repeat(200)]
    for (const name of names) {
      const who = { id: 'h', name }
      const saved = await saveSidecar(article, sidecarFor(who, name.slice(0, 10)))
      if (!saved.ok) throw new Error(saved.error.message)
      expect(path.dirname(saved.value.path)).toBe(dir)
    }
    expect(await tree(root)).toEqual(
      [
        'docs',
        'docs/article.txt',
        'docs/article.txt.annotator.factmark.json',
        'docs/article.txt.c-x.factmark.json',
        'docs/article.txt.con-annotator.factmark.json',
        'docs/article.txt.etc-passwd.factmark.json',
        'docs/article.txt.a-b.factmark.json',
        'docs/article.txt.tmp-x.factmark.json',
        `docs/article.txt.${'x'.repeat(40)}.factmark.json`
      ].sort()
    )
  })

  it('reads and writes the sidecar of a relative article path beside the file it resolves to', async () => {
    const relative = path.relative(process.cwd(), path.join(dir, 'sub', '..', 'article.txt'))
    expect(relative).toContain('..')
    const saved = await saveSidecar(relative, sidecarFor(annotator, 'relative'))
    expect(saved).toEqual({ ok: true, value: { path: path.join(dir, SIDECAR) } })
  })
})

describe('sidecarStore: temp files left by killed saves', () => {
  it('removes, on the next load, temp files of this sidecar whose process is gone, beside it and in the backups', async () => {
    await fs.mkdir(path.join(dir, BACKUP_FOLDER))
    const dead = deadPid()
    const beside = tempOf(SIDECAR, dead)
    const inBackups = tempOf(`${SIDECAR}.1`, dead, 'fedcba987654')
    await fs.writeFile(path.join(dir, beside), '{"half":')
    await fs.writeFile(path.join(dir, BACKUP_FOLDER, inBackups), '{"half":')

    expect(await loadSidecar(article, annotator)).toEqual({ ok: true, value: { sidecar: null, notice: null } })
    expect(await fs.readdir(dir)).not.toContain(beside)
    expect(await fs.readdir(path.join(dir, BACKUP_FOLDER))).toEqual([])
  })

  it('removes them on the next save too, and the save succeeds', async () => {
    const stale = tempOf(SIDECAR, deadPid())
    await fs.writeFile(path.join(dir, stale), 'partial')
    expect((await saveSidecar(article, sidecarFor(annotator, 'saved'))).ok).toBe(true)
    expect((await fs.readdir(dir)).sort()).toEqual(['article.txt', SIDECAR].sort())
  })

  it('keeps a recent temp file of a running process, and of this process, but removes them once older than 10 minutes', async () => {
    const running = tempOf(SIDECAR, process.ppid)
    const own = tempOf(SIDECAR, process.pid, 'aaaaaaaaaaaa')
    const oldRunning = tempOf(SIDECAR, process.ppid, 'bbbbbbbbbbbb')
    const oldOwn = tempOf(SIDECAR, process.pid, 'cccccccccccc')
    for (const name of [running, own, oldRunning, oldOwn]) await fs.writeFile(path.join(dir, name), 'in progress')
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000)
    await fs.utimes(path.join(dir, oldRunning), old, old)
    await fs.utimes(path.join(dir, oldOwn), old, old)

    await loadSidecar(article, annotator)
    const left = await fs.readdir(dir)
    expect(left).toContain(running)
    expect(left).toContain(own)
    expect(left).not.toContain(oldRunning)
    expect(left).not.toContain(oldOwn)
  })

  it('touches nothing that does not match its exact naming pattern for this sidecar', async () => {
    const dead = deadPid()
    const old = new Date(Date.now() - 24 * 60 * 60 * 1000)
    const elsewhere = path.join(root, 'elsewhere')
    await fs.mkdir(elsewhere)
    await fs.writeFile(path.join(elsewhere, 'precious.txt'), 'keep me')
    await fs.mkdir(path.join(dir, BACKUP_FOLDER))
    const files = [
      tempOf('article.txt.bruno.factmark.json', dead),
      tempOf('other.txt.alice-martin.factmark.json', dead),
      tempOf(SIDECAR, dead, '0123456789AB'),
      tempOf(SIDECAR, dead, '0123456789a'),
      tempOf(SIDECAR, dead).slice(1),
      `${tempOf(SIDECAR, dead)}.bak`,
      `.${SIDECAR}.${dead}.tmp`,
      `.${SIDECAR}.x${dead}.0123456789ab.tmp`,
      `.${SIDECAR}.1.${dead}.0123456789ab.tmp`,
      `.article.txt.alice-martin.factmark.jsonX.${dead}.0123456789ab.tmp`,
      'notes.tmp',
      SIDECAR,
      `${SIDECAR}.corrupt-2025-01-01T00-00-00.000Z`
    ]
    for (const name of files) {
      await fs.writeFile(path.join(dir, name), name === SIDECAR ? JSON.stringify(sidecarFor(annotator, 'valid')) : 'keep me')
      await fs.utimes(path.join(dir, name), old, old)
    }
    // Named like ours but a folder, or a link (whose target must not be touched either).
    const folderLike = tempOf(SIDECAR, dead, '111111111111')
    await fs.mkdir(path.join(dir, folderLike))
    const linkLike = tempOf(SIDECAR, dead, '222222222222')
    await fs.symlink(path.join(elsewhere, 'precious.txt'), path.join(dir, linkLike))
    // In the backups folder, only the temp of backup 1 is ours.
    const backupFiles = [`${SIDECAR}.1`, `${SIDECAR}.2`, tempOf(SIDECAR, dead), tempOf(`${SIDECAR}.2`, dead)]
    for (const name of backupFiles) await fs.writeFile(path.join(dir, BACKUP_FOLDER, name), JSON.stringify(sidecarFor(annotator, name)))

    const before = await tree(root)
    await loadSidecar(article, annotator)
    expect(await tree(root)).toEqual(before)
    expect(await fs.readFile(path.join(elsewhere, 'precious.txt'), 'utf8')).toBe('keep me')
  })

  it('does not follow a backup folder that is a link to another folder', async () => {
    const elsewhere = path.join(root, 'elsewhere')
    await fs.mkdir(elsewhere)
    const lookalike = tempOf(`${SIDECAR}.1`, deadPid())
    await fs.writeFile(path.join(elsewhere, lookalike), 'not ours')
    await fs.symlink(elsewhere, path.join(dir, BACKUP_FOLDER))

    await loadSidecar(article, annotator)
    expect(await fs.readdir(elsewhere)).toEqual([lookalike])
  })
})
