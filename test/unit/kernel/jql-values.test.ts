import fc from 'fast-check';
import { creators, print } from '@atlaskit/jql-ast';
import { jqlStringValue } from '@brm/sandbox/jira/jql/operands';
import { issueTypeIn, jqlString } from '#kernel/jql-values';

const printed = (clause: ReturnType<typeof issueTypeIn>): string => print(creators.jast(creators.query(clause)), { printWidth: Number.MAX_SAFE_INTEGER });

describe('JQL values', () => {
  it('quotes any text so that it reads back as itself', () => {
    fc.assert(fc.property(fc.string(), (text) => expect(jqlStringValue(jqlString(text))).toBe(text)));
    expect(jqlString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\u000ad"');
  });

  it('asks for an issue type by its one name, or by each of its names', () => {
    expect(printed(issueTypeIn(['Beschwerde']))).toBe('issuetype = "Beschwerde"');
    expect(printed(issueTypeIn(['投诉', 'Complaint']))).toBe('issuetype in ("投诉", "Complaint")');
    expect(() => issueTypeIn([])).toThrow(RangeError);
  });
});
