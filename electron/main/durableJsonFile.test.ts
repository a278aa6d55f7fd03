import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_FOLDER, DurableJsonFile } from './durableJsonFile'
import { DurableFileError, explainFileError, type Validation } from './jsonFileInspection'

interface Doc {
  n: number
}

function validateDoc(data: unknown): Validation<Doc> {
  if (typeof data === 'object' && data !== null && 'n' in data && typeof data.n === 'number') return { ok: true, value: { n: data.n } }
  if (typeof data === 'object' && data !== null && 'future' in data) return { ok: false, message: 'from the future', unsupported: true }
  return { ok: false, message: 'n: expected a number' }
}

const isRoot = process.getuid?.() === 0
const fixedNow = () => new Date('2025-03-04T05:06:07.089Z')
const STAMP = '2025-03-04T05-06-07.089Z'

let dir: string
let file: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factmark-durable-'))
  file = path.join(dir, 'data.json')
})

afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined)
  await fs.rm(dir, { recursive: true, force: true })
})

function store(options: { backups?: number; maxBytes?: number } = {}): DurableJsonFile<Doc> {
  return new DurableJsonFile<Doc>({ path: file, validate: validateDoc, now: fixedNow, ...options })
}

const backupPath = (n: number) => path.join(dir, BACKUP_FOLDER, `data.json.${n}`)
const text = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`
const readText = (p: string) => fs.readFile(p, 'utf8')

async function listTempFiles(): Promise<string[]> {
  const top = await fs.readdir(dir)
  const backups = await fs.readdir(path.join(dir, BACKUP_FOLDER)).catch(() => [])
  return [...top, ...backups].filter((name) => name.endsWith('.tmp'))
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise
  } catch (error) {
    if (!(error instanceof DurableFileError)) throw error
    return error.code
  }
  return undefined
}

describe('DurableJsonFile', () => {
  it('reads null when the file does not exist, and creates nothing', async () => {
    const db = store()
    expect(await db.read()).toBeNull()
    expect(db.lastNotice).toBeNull()
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('round-trips data as 2-space JSON with a final newline', async () => {
    await store().write({ n: 42 })
    expect(await readText(file)).toBe('{\n  "n": 42\n}\n')
    expect(await store().read()).toEqual({ n: 42 })
  })

  it('keeps exactly 3 backups, newest first', async () => {
    const db = store()
    for (let n = 1; n <= 5; n++) await db.write({ n })
    expect(await readText(file)).toBe(text({ n: 5 }))
    expect(await readText(backupPath(1))).toBe(text({ n: 4 }))
    expect(await readText(backupPath(2))).toBe(text({ n: 3 }))
    expect(await readText(backupPath(3))).toBe(text({ n: 2 }))
    expect((await fs.readdir(path.join(dir, BACKUP_FOLDER))).sort()).toEqual(['data.json.1', 'data.json.2', 'data.json.3'])
  })

  it('does not let repeated saves of the same data push older versions out', async () => {
    const db = store()
    for (const n of [1, 2, 3, 3, 3, 3]) await db.write({ n })
    expect(await readText(backupPath(1))).toBe(text({ n: 3 }))
    expect(await readText(backupPath(2))).toBe(text({ n: 2 }))
    expect(await readText(backupPath(3))).toBe(text({ n: 1 }))
  })

  it('moves a corrupt file aside and restores the newest backup that validates', async () => {
    const db = store()
    for (let n = 1; n <= 3; n++) await db.write({ n })
    // backup 1 is {n:2}; damage it too so the newest *valid* one is backup 2 ({n:1}).
    await fs.writeFile(backupPath(1), '{"n":"two"}\n')
    const garbage = Buffer.from('{"n": 3, "oops\u0000')
    await fs.writeFile(file, garbage)

    const fresh = store()
    expect(await fresh.read()).toEqual({ n: 1 })

    const corruptPath = `${file}.corrupt-${STAMP}`
    expect((await fs.readFile(corruptPath)).equals(garbage)).toBe(true)
    expect(fresh.lastNotice).toMatchObject({
      kind: 'recovered-from-backup',
      corruptPath,
      backupPath: backupPath(2),
      restored: true
    })
    expect(fresh.lastNotice?.reason).toMatch(/not valid JSON/)
    // The recovered content is back in place; the backups were left alone.
    expect(await readText(file)).toBe(text({ n: 1 }))
    expect(await readText(backupPath(1))).toBe('{"n":"two"}\n')
    expect(await readText(backupPath(2))).toBe(text({ n: 1 }))

    const again = store()
    expect(await again.read()).toEqual({ n: 1 })
    expect(again.lastNotice).toBeNull()
  })

  it('moves a corrupt file aside byte-identical and reads null when no backup validates', async () => {
    const garbage = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x22])
    await fs.writeFile(file, garbage)
    const db = store()
    expect(await db.read()).toBeNull()
    const corruptPath = `${file}.corrupt-${STAMP}`
    expect(db.lastNotice).toEqual({ kind: 'corrupt-no-backup', corruptPath, reason: 'the file is not UTF-8 text' })
    expect((await fs.readFile(corruptPath)).equals(garbage)).toBe(true)
    expect(await fs.readdir(dir)).toEqual([path.basename(corruptPath)])
  })

  it('treats valid JSON that fails validation, and an empty file, as corrupt', async () => {
    await fs.writeFile(file, '{"n":"x"}')
    const db = store()
    expect(await db.read()).toBeNull()
    expect(db.lastNotice).toMatchObject({ kind: 'corrupt-no-backup', reason: 'n: expected a number' })

    await fs.writeFile(file, '')
    expect(await db.read()).toBeNull()
    // Same clock: the second file moved aside gets a name of its own.
    expect(db.lastNotice).toMatchObject({ corruptPath: `${file}.corrupt-${STAMP}-2`, reason: 'the file is empty' })
    expect(await readText(`${file}.corrupt-${STAMP}`)).toBe('{"n":"x"}')
  })

  it('moves a too-large file aside without reading it', async () => {
    const big = Buffer.alloc(2048, 0x20)
    await fs.writeFile(file, big)
    const db = store({ maxBytes: 1024 })
    expect(await db.read()).toBeNull()
    expect(db.lastNotice?.reason).toMatch(/too large/)
    expect((await fs.readFile(`${file}.corrupt-${STAMP}`)).equals(big)).toBe(true)
  })

  it('never backs up a corrupt file over a good backup when saving', async () => {
    const db = store()
    await db.write({ n: 1 })
    await db.write({ n: 2 })
    await fs.writeFile(file, 'not json')
    await db.write({ n: 3 })
    expect(await readText(file)).toBe(text({ n: 3 }))
    expect(await readText(backupPath(1))).toBe(text({ n: 1 }))
    expect(await readText(`${file}.corrupt-${STAMP}`)).toBe('not json')
    expect(db.lastNotice).toMatchObject({ kind: 'corrupt-moved-aside-on-write' })
  })

  it('leaves no temp files after writes', async () => {
    const db = store()
    for (let n = 0; n < 10; n++) await db.write({ n })
    expect(await listTempFiles()).toEqual([])
  })

  it('serialises concurrent writes: the last one fired wins', async () => {
    const db = store()
    const writes = Array.from({ length: 20 }, (_, n) => db.write({ n }))
    await Promise.all(writes)
    expect(await readText(file)).toBe(text({ n: 19 }))
    expect(await readText(backupPath(1))).toBe(text({ n: 18 }))
    expect(await readText(backupPath(2))).toBe(text({ n: 17 }))
    expect(await readText(backupPath(3))).toBe(text({ n: 16 }))
    expect(await listTempFiles()).toEqual([])
  })

  it('serialises the data when write is called, not when the write runs', async () => {
    const db = store()
    const doc = { n: 1 }
    const first = db.write(doc)
    doc.n = 2
    const second = db.write(doc)
    await first
    expect(await readText(file)).toBe(text({ n: 1 }))
    await second
    expect(await readText(file)).toBe(text({ n: 2 }))
    expect(await readText(backupPath(1))).toBe(text({ n: 1 }))
  })

  it('does not judge again a file it wrote itself, but does a file changed behind its back', async () => {
    let checks = 0
    const counting = (data: unknown) => {
      checks += 1
      return validateDoc(data)
    }
    const db = new DurableJsonFile<Doc>({ path: file, validate: counting, now: fixedNow })
    await db.write({ n: 1 })
    await db.write({ n: 2 })
    // Once per value written; the file on disk before the second write was the first, unchanged.
    expect(checks).toBe(2)
    await fs.writeFile(file, text({ n: 7 }))
    await db.write({ n: 3 })
    expect(checks).toBe(4)
    expect(await readText(backupPath(1))).toBe(text({ n: 7 }))
    await fs.writeFile(file, 'not json')
    await db.write({ n: 4 })
    expect(await readText(`${file}.corrupt-${STAMP}`)).toBe('not json')
    expect(await readText(backupPath(1))).toBe(text({ n: 7 }))
  })

  it('with validateWrites: false, validates only what it reads', async () => {
    let checks = 0
    const counting = (data: unknown) => {
      checks += 1
      return validateDoc(data)
    }
    const db = new DurableJsonFile<Doc>({ path: file, validate: counting, now: fixedNow, validateWrites: false })
    await db.write({ n: 1 })
    await db.write({ n: 2 })
    expect(checks).toBe(0)
    expect(await readText(file)).toBe(text({ n: 2 }))
    expect(await readText(backupPath(1))).toBe(text({ n: 1 }))
    expect(await new DurableJsonFile<Doc>({ path: file, validate: counting }).read()).toEqual({ n: 2 })
    expect(checks).toBe(1)
    // Serialisation is still checked: what JSON cannot hold is refused.
    expect(await codeOf(db.write(undefined as unknown as Doc))).toBe('EINVAL')
  })

  it('refuses to write data its validator rejects, leaving the file as it was', async () => {
    const db = store()
    await db.write({ n: 1 })
    const bad = { n: 'one' } as unknown as Doc
    expect(await codeOf(db.write(bad))).toBe('EINVAL')
    expect(await readText(file)).toBe(text({ n: 1 }))
  })

  it('fails with ENOTDIR when the folder is a regular file, leaving no temp file', async () => {
    const notAFolder = path.join(dir, 'plain')
    await fs.writeFile(notAFolder, 'x')
    const db = new DurableJsonFile<Doc>({ path: path.join(notAFolder, 'data.json'), validate: validateDoc })
    const code = await codeOf(db.write({ n: 1 }))
    expect(code).toBe('ENOTDIR')
    expect(explainFileError({ code })).toBe('part of the path is not a folder')
    expect(await fs.readdir(dir)).toEqual(['plain'])
  })

  it('keeps the old file intact and removes the temp file when a write fails midway', async () => {
    const db = store()
    await db.write({ n: 1 })
    // A regular file where the backup folder belongs makes the rotation step fail.
    await fs.writeFile(path.join(dir, BACKUP_FOLDER), 'in the way')
    expect(await codeOf(db.write({ n: 2 }))).toBeDefined()
    expect(await readText(file)).toBe(text({ n: 1 }))
    expect(await listTempFiles()).toEqual([])
    expect((await fs.readdir(dir)).sort()).toEqual([BACKUP_FOLDER, 'data.json'])
  })

  it.skipIf(isRoot)('fails with EACCES in a read-only folder, leaving the old file intact', async () => {
    const db = store()
    await db.write({ n: 1 })
    await fs.chmod(dir, 0o555)
    expect(await codeOf(db.write({ n: 2 }))).toBe('EACCES')
    expect(await readText(file)).toBe(text({ n: 1 }))
  })

  it.skipIf(isRoot)('throws EACCES for an unreadable file and does not move it aside', async () => {
    await fs.writeFile(file, text({ n: 1 }))
    await fs.chmod(file, 0o000)
    expect(await codeOf(store().read())).toBe('EACCES')
    expect(await fs.readdir(dir)).toEqual(['data.json'])
  })

  it('throws EISDIR when a folder is where the file should be, touching nothing', async () => {
    await fs.mkdir(file)
    await fs.writeFile(path.join(file, 'inside'), 'keep me')
    expect(await codeOf(store().read())).toBe('EISDIR')
    expect(await codeOf(store().write({ n: 1 }))).toBe('EISDIR')
    expect(await fs.readdir(dir)).toEqual(['data.json'])
    expect(await readText(path.join(file, 'inside'))).toBe('keep me')
  })

  it('leaves a file from a newer version in place: read and write throw EUNSUPPORTED', async () => {
    const future = '{"future": true}\n'
    await fs.writeFile(file, future)
    const db = store()
    expect(await codeOf(db.read())).toBe('EUNSUPPORTED')
    expect(await codeOf(db.write({ n: 1 }))).toBe('EUNSUPPORTED')
    expect(await fs.readdir(dir)).toEqual(['data.json'])
    expect(await readText(file)).toBe(future)
  })
})

describe('a backups folder that is a link', () => {
  it('is not followed: the save goes on, nothing is written through the link', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'durable-link-'))
    const elsewhere = await fs.mkdtemp(path.join(os.tmpdir(), 'durable-elsewhere-'))
    try {
      await fs.symlink(elsewhere, path.join(dir, BACKUP_FOLDER))
      const file = new DurableJsonFile<{ n: number }>({
        path: path.join(dir, 'data.json'),
        validate: (data) => ({ ok: true, value: data as { n: number } })
      })
      await file.write({ n: 1 })
      await file.write({ n: 2 })
      expect(JSON.parse(await fs.readFile(path.join(dir, 'data.json'), 'utf8'))).toEqual({ n: 2 })
      expect(await fs.readdir(elsewhere)).toEqual([])
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rm(elsewhere, { recursive: true, force: true })
    }
  })
})
