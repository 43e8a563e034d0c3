/**
 * How deep an OData `$expand` option nests: `a` is 1, `a($expand=b)` 2, `a($expand=b($expand=c)),d` 3. A nested
 * `$expand` opens one level; other nested options (`$select`, `$filter`...) do not. One pass: the option comes
 * from the URL and may be long.
 */
export function expandDepth(expand: string): number {
  if (expand.trim() === '') return 0
  let depth = 1
  // per open parenthesis: the level its content is at, and whether an $expand was seen in it
  const frames: Array<{ level: number; expands: boolean }> = []
  const levelHere = (): number => {
    const f = frames.at(-1)
    return f === undefined ? 1 : f.level + (f.expands ? 1 : 0)
  }
  for (let i = 0; i < expand.length; i++) {
    const c = expand[i]
    if (c === '(') frames.push({ level: levelHere(), expands: false })
    else if (c === ')') frames.pop()
    else if (c === '$' && frames.length > 0 && expand.startsWith('$expand', i)) {
      const f = frames[frames.length - 1]
      f.expands = true
      depth = Math.max(depth, f.level + 1)
    }
  }
  return depth
}

export interface OptionProblem {
  target: string
  message: string
}

/**
 * What is wrong with a request's OData system query options before any query runs, if anything: `$top` and `$skip`
 * are non-negative integers a database holds, `$format` is JSON (the only format served), `$expand` nests at most
 * `maxExpandDepth`, `$apply` uses no transformation the databases cannot run.
 */
export function queryOptionProblem(options: URLSearchParams, maxExpandDepth: number): OptionProblem | undefined {
  for (const name of ['$top', '$skip']) {
    const value = options.get(name)
    if (value !== null && !/^\d+$/.test(value))
      return { target: name, message: `${name} must be a non-negative integer, not "${value.slice(0, 20)}"` }
    // beyond what the databases' integers hold (SQLite failed with a 500)
    if (value !== null && Number(value) > Number.MAX_SAFE_INTEGER)
      return { target: name, message: `${name} must be at most ${Number.MAX_SAFE_INTEGER}` }
  }
  const format = options.get('$format')
  if (format !== null && !/^(json|application\/json)\b/i.test(format)) return { target: '$format', message: '$format: only json is served' }
  const expand = options.get('$expand')
  if (expand !== null && expandDepth(expand) > maxExpandDepth)
    return { target: '$expand', message: `$expand nests deeper than ${maxExpandDepth} levels` }
  const apply = options.get('$apply')
  const unsupported = apply === null ? null : UNSUPPORTED_TRANSFORMATIONS.exec(apply)
  if (unsupported) return { target: '$apply', message: `$apply: the transformation ${unsupported[1]} is not supported` }
  return undefined
}

/** transformations CAP's parser accepts and no database can run (they reached SQLite as unknown functions: 500) */
const UNSUPPORTED_TRANSFORMATIONS = /(?:^|[/(,\s])((?:top|bottom)(?:count|percent|sum))\s*\(/i

const NUMERIC = /^cds\.(U?Int(8|16|32|64)?|Integer(64)?|Decimal|DecimalFloat|Double)$/
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/
const COMPARISON = new Set(['=', '==', '!=', '<>', '<', '<=', '>', '>='])

/**
 * A comparison of a number or date element with a literal of another kind (`kgCO2e gt 'abc'`), which the databases
 * treat differently (SQLite compares anyway, PostgreSQL fails the query): refused as bad input instead. `typeOf`
 * gives the CDS type of an element path, or undefined where it does not know it.
 */
export function literalTypeProblem(
  where: unknown[] | undefined,
  typeOf: (path: string[]) => string | undefined
): OptionProblem | undefined {
  if (!Array.isArray(where)) return undefined
  for (let i = 0; i < where.length; i++) {
    const token: any = where[i]
    if (token?.xpr !== undefined) {
      const inner = literalTypeProblem(token.xpr, typeOf)
      if (inner !== undefined) return inner
    }
    if (!COMPARISON.has(String(where[i + 1]))) continue
    const [left, right]: any[] = [token, where[i + 2]]
    const [ref, lit] = left?.ref !== undefined ? [left, right] : [right, left]
    if (ref?.ref === undefined || lit === undefined || !('val' in lit) || lit.val === null) continue
    const type = typeOf(ref.ref.map((r: any) => r.id ?? r))
    const name = ref.ref.join('/')
    if (type !== undefined && NUMERIC.test(type) && !NUMBER.test(String(lit.val)))
      return { target: name, message: `${name} is a number: "${String(lit.val).slice(0, 40)}" is not` }
    if (type === 'cds.Date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(lit.val)))
      return { target: name, message: `${name} is a date (YYYY-MM-DD): "${String(lit.val).slice(0, 40)}" is not` }
    if (type === 'cds.Boolean' && typeof lit.val !== 'boolean')
      return { target: name, message: `${name} is true or false: "${String(lit.val).slice(0, 40)}" is not` }
  }
  return undefined
}

/** a UTF-16 surrogate without its partner: no character at all, which no header, database or JSON parser takes safely */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** C0 and C1 control characters; keys take none */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/
/** in free text, tab, line feed and carriage return are text */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/**
 * Why a string a client sends cannot be stored, or undefined: a lone surrogate anywhere; a control character (C0, C1)
 * in a key, or in other text except tab and line breaks. Keys end up in URLs and the `Location` header, and a NUL in
 * them once stopped the server (issue 23): refused before anything is written.
 */
export function textProblem(value: string, isKey: boolean): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'holds a lone UTF-16 surrogate, which is no character'
  const control = (isKey ? CONTROL : CONTROL_IN_TEXT).exec(value)
  if (control)
    return `holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}${isKey ? ' (keys take none)' : ''}`
  return undefined
}

/**
 * A header value that Node accepts (it refuses characters outside tab, printable ASCII and Latin-1): a URL (the
 * `Location` header) gets every character outside printable ASCII percent-encoded as UTF-8, its proper form; other
 * headers only those Node refuses. A lone surrogate becomes U+FFFD first.
 */
export function headerSafe(value: string, isUrl: boolean): string {
  return value
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
    .replace(isUrl ? /[^\u0021-\u007E]/gu : /[^\t\u0020-\u007E\u0080-\u00FF]/gu, c => encodeURIComponent(c))
}
