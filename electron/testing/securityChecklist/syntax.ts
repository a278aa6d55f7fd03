/**
 * Syntax helpers over TypeScript's compiler API, shared by every check: parse once per text, walk,
 * unwrap, find calls, functions, returns and object entries.
 */
import ts from 'typescript'
import type { Source } from './sources'

export const parsedFiles = new Map<string, ts.SourceFile>()

export function parse(source: Source): ts.SourceFile {
  const key = `${source.path}\n${source.text}`
  const cached = parsedFiles.get(key)
  if (cached) return cached
  const kind = source.path.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : /\.[cm]?js$/.test(source.path)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, kind)
  parsedFiles.set(key, file)
  return file
}

export function descendants(root: ts.Node): ts.Node[] {
  const all: ts.Node[] = []
  const visit = (node: ts.Node) => {
    all.push(node)
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(root, visit)
  return all
}

/** `path:line` of a node, for problem messages. */
export function where(node: ts.Node): string {
  const file = node.getSourceFile()
  return `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
}

/** The expression under parentheses, `as`, `satisfies` and `!`. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isTypeAssertionExpression(e)
  ) {
    e = e.expression
  }
  return e
}

export function nameText(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text
  }
  return undefined
}

export function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node || !ts.isExpression(node)) return undefined
  const e = unwrap(node)
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined
}

export function isFalse(node: ts.Node | undefined): boolean {
  return node !== undefined && ts.isExpression(node) && unwrap(node).kind === ts.SyntaxKind.FalseKeyword
}

export interface MethodCall {
  call: ts.CallExpression
  method: string
  /** The receiver's last name: `ipcMain` in `ipcMain.handle()`, `defaultSession` in `session.defaultSession.setProxy()`. */
  receiver: string | undefined
  receiverNode: ts.Expression
}

/** The parts of a call `receiver.method(…)`, or undefined for any other node. */
export function methodCall(node: ts.Node): MethodCall | undefined {
  if (!ts.isCallExpression(node)) return undefined
  const callee = unwrap(node.expression)
  if (!ts.isPropertyAccessExpression(callee)) return undefined
  const target = unwrap(callee.expression)
  const receiver = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : undefined
  return { call: node, method: callee.name.text, receiver, receiverNode: target }
}

export function methodCalls(file: ts.Node, methods: readonly string[]): MethodCall[] {
  return descendants(file)
    .map(methodCall)
    .filter((m): m is MethodCall => m !== undefined && methods.includes(m.method))
}

export type FunctionNode = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration

export function isFunctionNode(node: ts.Node): node is FunctionNode {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
}

export function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionNode(n)) return n
  return undefined
}

/** The nearest enclosing `function name() {}` declaration. */
export function enclosingDeclaration(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionDeclaration(n)) return n
  return undefined
}

export function paramName(fn: FunctionNode, index: number): string | undefined {
  const param = fn.parameters[index]
  return param && ts.isIdentifier(param.name) ? param.name.text : undefined
}

export function isInside(node: ts.Node, ancestor: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true
  return false
}

/** The initialiser of a `const name = …` in `file`, or the expression itself when it is not a name. */
export function resolveValue(node: ts.Node, file: ts.SourceFile): ts.Node {
  const e = ts.isExpression(node) ? unwrap(node) : node
  if (!ts.isIdentifier(e)) return e
  const declaration = descendants(file).find(
    (n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === e.text
  )
  return declaration?.initializer ? unwrap(declaration.initializer) : e
}

export function asFunction(node: ts.Node | undefined, file: ts.SourceFile): FunctionNode | undefined {
  if (!node) return undefined
  const value = resolveValue(node, file)
  return isFunctionNode(value) ? value : undefined
}

/** Whether an identifier stands for a value here (not a property name, declaration, import or type). */
export function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)) && p.name === id) {
    return false
  }
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false
  if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p) || ts.isExportSpecifier(p)) return false
  if (ts.isTypeReferenceNode(p) || ts.isQualifiedName(p) || ts.isTypeQueryNode(p) || ts.isExpressionWithTypeArguments(p)) return false
  return true
}

export function usesOf(root: ts.Node, name: string): ts.Identifier[] {
  return descendants(root).filter((n): n is ts.Identifier => ts.isIdentifier(n) && n.text === name && isValueUse(n))
}

/** Return statements of `fn` itself, not of functions nested in it. */
export function returnsOf(fn: FunctionNode): ts.ReturnStatement[] {
  if (!fn.body) return []
  return descendants(fn.body).filter((n): n is ts.ReturnStatement => ts.isReturnStatement(n) && enclosingFunction(n) === fn)
}

/** Every value `fn` can return: its expression body, or each `return`'s expression. */
export function returnedValues(fn: FunctionNode): (ts.Expression | undefined)[] {
  if (fn.body && !ts.isBlock(fn.body)) return [fn.body]
  return returnsOf(fn).map((r) => r.expression)
}

export function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1]
    return last !== undefined && exits(last)
  }
  return false
}

export function exitsByThrow(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1]
    return last !== undefined && exitsByThrow(last)
  }
  return false
}

/** Entries of an object literal by name; spreads and computed names, which hide what is in it, apart. */
export function objectEntries(object: ts.ObjectLiteralExpression): { entries: Map<string, ts.Node>; hidden: string[] } {
  const entries = new Map<string, ts.Node>()
  const hidden: string[] = []
  for (const property of object.properties) {
    const name = ts.isSpreadAssignment(property) ? undefined : nameText(property.name)
    if (name === undefined) hidden.push(property.getText())
    else if (ts.isPropertyAssignment(property)) entries.set(name, property.initializer)
    else if (ts.isShorthandPropertyAssignment(property)) entries.set(name, property.name)
    else entries.set(name, property)
  }
  return { entries, hidden }
}

/** The top-level `const name = …` initialiser in `source`, unwrapped. */
export function constInitializer(source: Source, name: string): ts.Expression | undefined {
  const file = parse(source)
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        return unwrap(declaration.initializer)
      }
    }
  }
  return undefined
}

/**
 * What the name `id` stands for where it is used, by scope: a parameter of an enclosing function,
 * the initialiser of a `const` declared in an enclosing block (or the file), or a `for…of` loop
 * variable and what it iterates. Anything else (a `let`, an import, a global) is `unknown`.
 */
export type Binding =
  | { kind: 'parameter'; fn: FunctionNode }
  | { kind: 'const'; initializer: ts.Expression }
  | { kind: 'loop'; iterated: ts.Expression; loop: ts.ForOfStatement }
  | { kind: 'unknown' }

export function bindingOf(id: ts.Identifier): Binding {
  const name = id.text
  for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
    if (isFunctionNode(node) && node.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) {
      return { kind: 'parameter', fn: node }
    }
    if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const declared = node.initializer.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)
      if (declared && isInside(id, node.statement)) return { kind: 'loop', iterated: unwrap(node.expression), loop: node }
    }
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      for (const statement of node.statements) {
        if (!ts.isVariableStatement(statement)) continue
        const list = statement.declarationList
        for (const declaration of list.declarations) {
          if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue
          const isConst = (list.flags & ts.NodeFlags.Const) !== 0
          return isConst && declaration.initializer ? { kind: 'const', initializer: unwrap(declaration.initializer) } : { kind: 'unknown' }
        }
      }
    }
  }
  return { kind: 'unknown' }
}
