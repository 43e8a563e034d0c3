import fs from 'node:fs'
import path from 'node:path'

/** The files under a folder of the project whose names match, as paths from the project root (`srv/close/...`). */
export function sourceFiles(root: string, dir: string, name: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? sourceFiles(root, `${dir}/${e.name}`, name) : name.test(e.name) ? [`${dir}/${e.name}`] : []))
}
