// UI5 server middleware of the local sandbox launchpad (development and tests only). The npm packages of SAPUI5 ship
// sources: served as they are, the launchpad loads ~1,700 modules one by one and the server compiles each library's
// theme from LESS on every start (3.6 s for sap.m alone), ~20 s before the first tile shows. This middleware answers
// - a framework library's library-preload.js with a bundle of that library's modules, built as a UI5 build builds it
//   (@ui5/builder's moduleBundler with the standard library-preload filters; index.html asks for the bundles with
//   data-sap-ui-preload="async"), and
// - a library's compiled theme (library.css, library-RTL.css, library-parameters.json) with the output of
//   @ui5/builder's ThemeBuilder, as the standard serveThemes middleware would,
// each built once per UI5 version and kept on disk (node_modules/.cache/scope3-ui5/<version>), so later server starts
// read them from there. Sent uncompressed (no-transform: on localhost compressing 27 MB costs more than it saves),
// cacheable for a day like SAPUI5's other files and with an ETag. Measured by `npm run bench:start`
// (docs/performance.md).
'use strict'
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')

/** changes when what this file builds changes: the cache of an earlier format is not read */
const FORMAT = 1

/** the filters of @ui5/builder's library-preload for a namespace, e.g. sap/m */
const libraryFilters = namespace => [
  `${namespace}/`,
  `${namespace}/**/manifest.json`,
  `!${namespace}/**/*-preload.js`,
  `!${namespace}/designtime/`,
  `!${namespace}/**/*.designtime.js`,
  `!${namespace}/**/*.support.js`
]

/**
 * the bundle of a library: sap.ui.core's leaves out what sap-ui-core.js has loaded already, as the builder's own
 * definition for it does; the resources to read for it
 */
function libraryBundle(namespace) {
  if (namespace !== 'sap/ui/core') {
    return {
      glob: `/resources/${namespace}/**/*.{js,json,xml,html,properties,library}`,
      sections: [{ mode: 'preload', filters: libraryFilters(namespace), resolve: false, resolveConditional: false, renderer: true }]
    }
  }
  return {
    glob: '/resources/{*.js,sap/base/**,sap/ui/*.js,sap/ui/{base,core,dom,events,model,security,util,thirdparty}/**}',
    sections: [
      { mode: 'provided', filters: ['ui5loader-autoconfig.js', 'sap/ui/core/Core.js'], resolve: true },
      {
        mode: 'preload',
        filters: [
          ...libraryFilters(namespace),
          '!sap/ui/core/cldr/',
          '*.js',
          'sap/base/',
          'sap/ui/base/',
          'sap/ui/dom/',
          'sap/ui/events/',
          'sap/ui/model/',
          'sap/ui/security/',
          'sap/ui/util/',
          'sap/ui/Global.js',
          'sap/ui/thirdparty/crossroads.js',
          'sap/ui/thirdparty/caja-html-sanitizer.js',
          'sap/ui/thirdparty/hasher.js',
          'sap/ui/thirdparty/signals.js',
          'sap/ui/thirdparty/jquery-mobile-custom.js',
          'sap/ui/thirdparty/jqueryui/jquery-ui-core.js',
          'sap/ui/thirdparty/jqueryui/jquery-ui-position.js',
          '!sap-ui-*.js',
          '!sap/ui/core/support/',
          '!sap/ui/core/plugin/DeclarativeSupport.js',
          '!sap/ui/core/plugin/LessSupport.js'
        ],
        resolve: false,
        resolveConditional: false,
        renderer: true
      }
    ]
  }
}

const PRELOAD = /^\/resources\/((?:sap|themelib_[a-z_]+)\/[\w/]+)\/library-preload\.js$/
const THEME = /^\/resources\/[\w/]+\/themes\/\w+\/(library\.css|library-RTL\.css|library-parameters\.json)$/
const TYPES = { '.js': 'application/javascript', '.css': 'text/css', '.json': 'application/json' }

module.exports = async function ({ resources, options, log }) {
  const version = (options.configuration && options.configuration.version) || 'unknown'
  const cacheDir = path.join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'scope3-ui5', `${version}-${FORMAT}`)
  const { default: moduleBundler } = await import('@ui5/builder/processors/bundlers/moduleBundler')
  const { ThemeBuilder } = await import('@ui5/builder/processors/themeBuilder')
  const { default: fsInterface } = await import('@ui5/fs/fsInterface')
  const themes = new ThemeBuilder({ fs: fsInterface(resources.all) })
  /** per request path: the file being read or built, with its ETag (requests during a build wait for it) */
  const files = new Map()

  const onDisk = requestPath => path.join(cacheDir, ...requestPath.split('/').filter(Boolean))
  async function keep(requestPath, content) {
    const file = onDisk(requestPath)
    await fs.promises.mkdir(path.dirname(file), { recursive: true })
    // written whole or not at all: two servers starting at once never read half a file
    await fs.promises.writeFile(`${file}.${process.pid}`, content)
    await fs.promises.rename(`${file}.${process.pid}`, file)
  }

  async function bundle(requestPath, namespace) {
    const { glob, sections } = libraryBundle(namespace)
    const own = await resources.dependencies.byGlob(glob)
    if (!own.some(r => r.getPath() === `/resources/${namespace}/library.js`)) return undefined
    const [result] = await moduleBundler({
      resources: own,
      options: {
        bundleDefinition: {
          name: `${namespace}/library-preload.js`,
          defaultFileTypes: ['.js', '.fragment.xml', '.view.xml', '.properties', '.json'],
          sections
        },
        bundleOptions: { optimize: false, sourceMap: false, ignoreMissingModules: true }
      }
    })
    if (!result || !result.bundle) return undefined
    const content = await result.bundle.getBuffer()
    await keep(requestPath, content)
    return content
  }

  async function theme(requestPath) {
    const source = await resources.all.byPath(path.posix.join(path.posix.dirname(requestPath), 'library.source.less'))
    if (!source) return undefined
    let wanted
    for (const built of await themes.build([source], {})) {
      const content = await built.getBuffer()
      await keep(built.getPath(), content)
      if (built.getPath() === requestPath) wanted = content
    }
    return wanted
  }

  async function load(requestPath, build) {
    const started = Date.now()
    let content
    try {
      content = await fs.promises.readFile(onDisk(requestPath))
    } catch {
      content = await build()
      if (content)
        log.info(`${requestPath} built in ${Date.now() - started} ms (${Math.round(content.length / 1024)} KB), kept in ${cacheDir}`)
    }
    if (!content) return undefined
    return { content, etag: `"${crypto.createHash('sha1').update(content).digest('base64url')}"` }
  }

  return function frameworkCache(req, res, next) {
    const requestPath = req.path
    const preload = PRELOAD.exec(requestPath)
    if (!preload && !THEME.test(requestPath)) return next()
    if (!files.has(requestPath)) {
      const build = preload ? () => bundle(requestPath, preload[1]) : () => theme(requestPath)
      files.set(
        requestPath,
        load(requestPath, build).catch(error => {
          // a failed build is tried again on the next request
          files.delete(requestPath)
          log.error(`${requestPath} not built: ${error.message}`)
          return undefined
        })
      )
    }
    files.get(requestPath).then(file => {
      // not a library (kept as such: SAPUI5 asks for some on every page load), or not built: the standard middleware
      // answers (a missing preload is a 404 UI5 handles)
      if (!file) return next()
      res.setHeader('Content-Type', `${TYPES[path.extname(requestPath)]}; charset=utf-8`)
      // like SAPUI5's other files (srv/server.ts): kept by the browser for a day; never compressed on the way
      res.setHeader('Cache-Control', 'private, max-age=86400, no-transform')
      res.setHeader('ETag', file.etag)
      if (req.headers['if-none-match'] === file.etag) {
        res.statusCode = 304
        return res.end()
      }
      res.end(file.content)
    }, next)
  }
}
