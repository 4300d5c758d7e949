// Alpine's own evaluator compiles each attribute with `new Function`, which a Content-Security-Policy without
// 'unsafe-eval' forbids. This one interprets the small language the UI's templates use instead:
//   path            a.b.c               (names looked up in Alpine's scope: component data, x-for items, magics)
//   call            a.b(arg, 'x', 2)     (arguments are literals or paths)
//   negation        !expr
//   comparison      expr === expr, expr !== expr
//   assignment      a.b = expr           (what x-model writes through)
// Anything else is a mistake in a template and is reported, not guessed at.

const TOKEN = /\s*(?:(===|!==|[!=(),.])|('(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*))/y;

function tokenize(source) {
    const tokens = [];
    const end = source.trimEnd().length;
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < end) {
        const match = TOKEN.exec(source);
        if (match === null) throw new SyntaxError(`unsupported expression: ${source}`);
        if (match[1]) tokens.push({ op: match[1] });
        else if (match[2]) tokens.push({ value: match[2].slice(1, -1).replace(/\\(.)/g, '$1') });
        else if (match[3]) tokens.push({ value: Number(match[3]) });
        else tokens.push({ name: match[4] });
    }
    return tokens;
}

const LITERALS = { true: true, false: false, null: null, undefined: undefined };

function parse(source) {
    const tokens = tokenize(source);
    let at = 0;
    const peek = () => tokens[at];
    const take = (op) => {
        const token = tokens[at];
        if (!token || (op && token.op !== op)) throw new SyntaxError(`unsupported expression: ${source}`);
        at++;
        return token;
    };

    function operand() {
        const token = take();
        if (token.op === '!') {
            const inner = operand();
            return (scope) => !inner(scope);
        }
        if ('value' in token) return () => token.value;
        if (!token.name) throw new SyntaxError(`unsupported expression: ${source}`);
        if (token.name in LITERALS) return () => LITERALS[token.name];
        const path = [token.name];
        while (peek()?.op === '.') {
            take('.');
            path.push(take().name);
        }
        if (peek()?.op === '(') {
            take('(');
            const args = [];
            while (peek()?.op !== ')') {
                args.push(expression());
                if (peek()?.op === ',') take(',');
            }
            take(')');
            return (scope) => {
                const owner = path.length === 1 ? scope : lookup(scope, path.slice(0, -1));
                const fn = owner?.[path[path.length - 1]];
                if (typeof fn !== 'function') throw new TypeError(`${path.join('.')} is not a function`);
                return fn.apply(path.length === 1 ? scope : owner, args.map((arg) => arg(scope)));
            };
        }
        const read = (scope) => lookup(scope, path);
        read.path = path;
        return read;
    }

    function expression() {
        const left = operand();
        const op = peek()?.op;
        if (op === '===' || op === '!==') {
            take();
            const right = operand();
            return op === '===' ? (scope) => left(scope) === right(scope) : (scope) => left(scope) !== right(scope);
        }
        if (op === '=' && left.path) {
            take();
            const right = expression();
            const path = left.path;
            return (scope) => {
                const owner = path.length === 1 ? scope : lookup(scope, path.slice(0, -1));
                owner[path[path.length - 1]] = right(scope);
            };
        }
        return left;
    }

    const compiled = expression();
    if (at !== tokens.length) throw new SyntaxError(`unsupported expression: ${source}`);
    return compiled;
}

function lookup(scope, path) {
    let value = scope;
    for (const name of path) {
        if (value === null || value === undefined) return undefined;
        value = value[name];
    }
    return value;
}

const compiledExpressions = new Map();

function compile(expression) {
    if (!compiledExpressions.has(expression)) {
        compiledExpressions.set(expression, parse(expression));
    }
    return compiledExpressions.get(expression);
}

/** Installs the evaluator; must run before Alpine.start(). */
export function useCspSafeEvaluator(Alpine) {
    Alpine.setEvaluator((el, expression) => {
        const magics = {};
        Alpine.injectMagics(magics, el);
        const dataStack = [magics, ...Alpine.closestDataStack(el)];
        return (receiver = () => {}, { scope = {}, params = [] } = {}) => {
            const completeScope = Alpine.mergeProxies([scope, ...dataStack]);
            let result;
            try {
                if (typeof expression === 'function') {
                    result = expression.apply(completeScope, params);
                } else if (expression.trim() === '') {
                    result = undefined;
                } else {
                    result = compile(expression)(completeScope);
                }
                if (typeof result === 'function') result = result.apply(completeScope, params);
            } catch (error) {
                console.error(`Alpine expression "${expression}" failed on`, el, error);
                return;
            }
            if (result instanceof Promise) {
                result.then(receiver, (error) => console.error(error));
            } else {
                receiver(result);
            }
        };
    });
}
