import type { Clause, TerminalClause } from '@atlaskit/jql-ast';
import { MATCH_NOTHING, type CompileScope, type Predicate } from './clause-kit';
import { lookUpField } from './field-lookup';
import { messages } from './messages';
import { operandTerms } from './operands';

function allOf(predicates: readonly Predicate[]): Predicate {
  const [first, second] = predicates;
  if (predicates.length === 1 && first) return first;
  if (predicates.length === 2 && first && second) return (issue) => first(issue) && second(issue);
  return (issue) => {
    for (const predicate of predicates) if (!predicate(issue)) return false;
    return true;
  };
}

function anyOf(predicates: readonly Predicate[]): Predicate {
  const [first, second] = predicates;
  if (predicates.length === 1 && first) return first;
  if (predicates.length === 2 && first && second) return (issue) => first(issue) || second(issue);
  return (issue) => {
    for (const predicate of predicates) if (predicate(issue)) return true;
    return false;
  };
}

function compileTerminal(clause: TerminalClause, scope: CompileScope): Predicate {
  const lookup = lookUpField(clause.field, scope);
  if (lookup.kind !== 'fields') return MATCH_NOTHING;
  const operator = clause.operator;
  const operand = clause.operand;
  if (!operator || !operand || clause.predicates.length > 0) {
    // WAS, CHANGED and their predicates search the issue history, which the emulator does not keep.
    scope.errors.push(messages.operatorNotSupported(lookup.name, operator ? operator.value : ''));
    return MATCH_NOTHING;
  }
  const terms = operandTerms(operand);
  return anyOf(lookup.handlers.map((handler) => handler.compile({ fieldName: lookup.name, operator: operator.value, operand: terms, scope })));
}

/** Compiles a WHERE clause into a predicate over stored issues. */
export function compileClause(clause: Clause, scope: CompileScope): Predicate {
  switch (clause.clauseType) {
    case 'compound': {
      const children = clause.clauses.map((child) => compileClause(child, scope));
      return clause.operator.value === 'and' ? allOf(children) : anyOf(children);
    }
    case 'not': {
      const inner = compileClause(clause.clause, scope);
      return (issue) => !inner(issue);
    }
    case 'terminal':
      return compileTerminal(clause, scope);
  }
}
