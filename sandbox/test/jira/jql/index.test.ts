import { compileJql, JqlError, searchIssues } from '#sandbox/jira/jql/index';
import type { JqlEnvironment } from '#sandbox/jira/jql/context';
import { environment, issues, keys } from './fixture';

function search(jql: string, env: JqlEnvironment = environment()): string[] {
  return searchIssues(issues, compileJql(jql, env)).map((issue) => issue.key);
}

function found(jql: string, env?: JqlEnvironment): string[] {
  return search(jql, env).sort();
}

const ALL = issues.map((issue) => issue.key);
const UNRESOLVED = [
  'SUP-1',
  'SUP-3',
  'SUP-4',
  'SUP-7',
  'SUP-8',
  'SUP-10',
  'SUP-11',
  'BIZ-1',
  'BIZ-2',
  'BIZ-4',
  'BIZ-5',
  'BIZ-7',
  'BIZ-8',
  'DEV-1',
  'DEV-2',
  'DEV-4',
];
const BOB_ASSIGNED = ['SUP-2', 'SUP-5', 'SUP-8', 'SUP-11', 'BIZ-1', 'BIZ-3', 'BIZ-7', 'DEV-2'];

/** Each query with the issues it must find, worked out by hand from the fixture. */
const QUERIES: Array<[string, string[]]> = [
  ['', ALL],
  ['project = SUP', keys('SUP', 1, 12)],
  ['project in (BIZ, "Development")', [...keys('BIZ', 1, 8), ...keys('DEV', 1, 4)]],
  ['project = 10002', keys('DEV', 1, 4)],
  ['PROJECT = "support desk"', keys('SUP', 1, 12)],
  ['issuetype = Complaint', ['SUP-1', 'SUP-4', 'SUP-6', 'SUP-8', 'SUP-10', 'SUP-12', 'BIZ-7']],
  ['type = Task', ['SUP-3', 'SUP-7', 'SUP-11', ...keys('DEV', 1, 4)]],
  ['issuetype in ("Business Case", Compliment)', ['BIZ-1', 'BIZ-2', 'BIZ-3', 'BIZ-5', 'BIZ-8', 'SUP-2', 'SUP-9', 'BIZ-6']],
  ['status = Open', ['SUP-1', 'SUP-7', 'SUP-8', 'SUP-11', 'BIZ-1', 'BIZ-4', 'BIZ-5', 'BIZ-7', 'DEV-1', 'DEV-4']],
  ['status = "waiting for customer"', ['SUP-4', 'BIZ-8']],
  ['status = 12', ['SUP-4', 'BIZ-8']],
  ['statusCategory = "In Progress"', ['SUP-3', 'SUP-4', 'SUP-10', 'BIZ-2', 'BIZ-8', 'DEV-2']],
  ['statusCategory = done', ['SUP-2', 'SUP-5', 'SUP-6', 'SUP-9', 'SUP-12', 'BIZ-3', 'BIZ-6', 'DEV-3']],
  ['statusCategory != 2', ['SUP-2', 'SUP-3', 'SUP-4', 'SUP-5', 'SUP-6', 'SUP-9', 'SUP-10', 'SUP-12', 'BIZ-2', 'BIZ-3', 'BIZ-6', 'BIZ-8', 'DEV-2', 'DEV-3']],
  ['resolution = Unresolved', UNRESOLVED],
  ['resolution is EMPTY', UNRESOLVED],
  ['resolution = Done', ['SUP-2', 'SUP-6', 'SUP-9', 'BIZ-3', 'BIZ-6', 'DEV-3']],
  ['resolution != Done', ['SUP-5', 'SUP-12']],
  ['resolution in ("Won\'t Do", Unresolved)', ['SUP-5', ...UNRESOLVED]],
  ['assignee = u-alice', ['SUP-1', 'SUP-3', 'SUP-6', 'SUP-9', 'SUP-10', 'BIZ-2', 'BIZ-6', 'DEV-1']],
  ['assignee = "BOB@example.com"', BOB_ASSIGNED],
  ['assignee = currentUser()', BOB_ASSIGNED],
  ['assignee is EMPTY', ['SUP-4', 'SUP-7', 'SUP-12', 'BIZ-4', 'BIZ-5', 'BIZ-8', 'DEV-3', 'DEV-4']],
  ['assignee is null', ['SUP-4', 'SUP-7', 'SUP-12', 'BIZ-4', 'BIZ-5', 'BIZ-8', 'DEV-3', 'DEV-4']],
  ['assignee = EMPTY AND project = SUP', ['SUP-4', 'SUP-7', 'SUP-12']],
  ['assignee != EMPTY AND project = DEV', ['DEV-1', 'DEV-2']],
  ['assignee is not EMPTY AND reporter = currentUser()', ['BIZ-2', 'BIZ-3', 'DEV-2']],
  // `!=` and NOT IN leave out issues whose field is empty.
  ['assignee != u-alice', BOB_ASSIGNED],
  ['assignee not in (u-alice, u-bob)', []],
  ['NOT assignee = u-alice', [...BOB_ASSIGNED, 'SUP-4', 'SUP-7', 'SUP-12', 'BIZ-4', 'BIZ-5', 'BIZ-8', 'DEV-3', 'DEV-4']],
  ['reporter is EMPTY', ['DEV-4']],
  ['reporter in ("carol@acme.test") AND organizations = "Acme Corp"', ['SUP-1', 'SUP-2', 'SUP-6', 'SUP-9', 'SUP-10', 'BIZ-4']],
  ['organizations = Globex', ['SUP-3', 'SUP-4', 'SUP-6', 'SUP-8', 'SUP-12', 'BIZ-6', 'BIZ-7']],
  ['organizations != Globex', ['SUP-1', 'SUP-2', 'SUP-9', 'SUP-10', 'BIZ-2', 'BIZ-3', 'BIZ-4', 'BIZ-8']],
  ['organizations is EMPTY', ['SUP-5', 'SUP-7', 'SUP-11', 'BIZ-1', 'BIZ-5', ...keys('DEV', 1, 4)]],
  ['cf[10059] = 3', ['BIZ-3', 'BIZ-8']],
  ['summary ~ printer', ['SUP-3', 'SUP-7', 'DEV-2']],
  ['summary ~ "billing portal"', ['SUP-4', 'SUP-12']],
  ['summary ~ "\\"portal timeout again\\""', ['SUP-12']],
  ['summary ~ "\\"timeout portal\\""', []],
  ['summary ~ "invoic*"', ['SUP-1', 'SUP-10', 'DEV-1']],
  ['summary ~ "print?r"', ['SUP-3', 'SUP-7', 'DEV-2']],
  ['summary ~ bill', []],
  // Whole words only: "port" is neither "portal" nor "report".
  ['summary ~ port', []],
  ['summary ~ report', ['SUP-11', 'BIZ-4', 'BIZ-7']],
  ['summary !~ printer AND project = DEV', ['DEV-1', 'DEV-3', 'DEV-4']],
  ['text ~ toner', ['SUP-7']],
  ['text ~ "4711" OR text ~ twice', ['SUP-1', 'SUP-10']],
  ['description ~ cartridge', ['SUP-7']],
  ['description ~ "toner cartridge"', ['SUP-7']],
  ['description is EMPTY AND project = SUP', ['SUP-2', 'SUP-3', 'SUP-4', 'SUP-5', 'SUP-6', 'SUP-8', 'SUP-9', 'SUP-10', 'SUP-11', 'SUP-12']],
  ['labels = vip', ['SUP-1', 'SUP-5', 'SUP-8', 'SUP-9']],
  ['labels in (praise, strategic)', ['SUP-2', 'SUP-9', 'BIZ-6', 'BIZ-1', 'BIZ-3']],
  ['labels != billing', ['SUP-2', 'SUP-5', 'SUP-8', 'SUP-9', 'BIZ-1', 'BIZ-3', 'BIZ-6', 'DEV-2']],
  ['labels is EMPTY AND project = BIZ', ['BIZ-2', 'BIZ-4', 'BIZ-5', 'BIZ-7', 'BIZ-8']],
  ['created >= "2026-03-01" AND created < "2026/03/10"', ['SUP-6', 'BIZ-4', 'BIZ-5', 'BIZ-6']],
  ['created > "2026-03-18 10:30"', ['SUP-10']],
  ['createdDate = "2026-03-05 12:00"', ['BIZ-5']],
  ['created > -7d', ['SUP-7', 'SUP-8', 'SUP-9', 'SUP-10', 'BIZ-7', 'BIZ-8', 'DEV-4']],
  ['created > "-1w 30m"', ['SUP-7', 'SUP-8', 'SUP-9', 'SUP-10', 'BIZ-7', 'BIZ-8', 'DEV-4']],
  ['created > -4h', ['SUP-10', 'DEV-4']],
  ['created >= startOfDay()', ['SUP-10', 'DEV-4']],
  ['created >= startOfDay(-1) AND created < startOfDay()', ['SUP-9']],
  ['created >= startOfWeek()', ['SUP-8', 'SUP-9', 'SUP-10', 'DEV-4']],
  ['created >= startOfMonth(-1) AND created <= endOfMonth(-1)', ['SUP-3', 'SUP-4', 'SUP-5', 'SUP-12', 'BIZ-2', 'DEV-2', 'DEV-3']],
  ['created >= startOfMonth("-1M") AND created <= endOfMonth("-1M")', ['SUP-3', 'SUP-4', 'SUP-5', 'SUP-12', 'BIZ-2', 'DEV-2', 'DEV-3']],
  ['created >= startOfMonth("+9d") AND created < startOfMonth("+13d")', ['BIZ-7', 'BIZ-8']],
  ['created < startOfYear()', ['SUP-11', 'BIZ-3']],
  ['created > endOfYear(-1) AND created < now()', ALL.filter((key) => key !== 'SUP-11' && key !== 'BIZ-3')],
  ['resolved >= "2026-03-01"', ['SUP-5', 'SUP-6', 'SUP-9', 'BIZ-6']],
  ['resolutiondate is not EMPTY AND project = BIZ', ['BIZ-3', 'BIZ-6']],
  ['updated > "2026-03-17"', ['SUP-1', 'SUP-9', 'SUP-10', 'DEV-4']],
  ['"Planned cost" > 60000', ['BIZ-2', 'BIZ-3', 'BIZ-8']],
  ['cf[10052] <= 50000', ['BIZ-1', 'BIZ-5']],
  ['"planned cost" = 15000.5', ['BIZ-5']],
  ['"planned cost" is EMPTY AND project = BIZ', ['BIZ-4', 'BIZ-6', 'BIZ-7']],
  ['"Planned cost" != 80000', ['BIZ-1', 'BIZ-2', 'BIZ-5', 'BIZ-8']],
  ['"Planned cost" in (50000, 80000)', ['BIZ-1', 'BIZ-3']],
  // Two fields are named Customer: the organization id (text) and an older select list.
  ['Customer = 1', ['SUP-1', 'SUP-6', 'SUP-10', 'BIZ-4']],
  ['Customer = Acme', ['SUP-9']],
  ['"Customer" in (2, "Globex Legacy")', ['SUP-4', 'SUP-8', 'SUP-12', 'BIZ-7']],
  ['cf[10050] is EMPTY AND project = SUP', ['SUP-2', 'SUP-3', 'SUP-5', 'SUP-7', 'SUP-9', 'SUP-11']],
  ['cf[10054] = 100', ['SUP-9']],
  ['Service = "svc-vpn"', ['SUP-5']],
  ['Notes ~ customer', ['SUP-10']],
  ['Tiers = Gold', ['BIZ-1', 'BIZ-2']],
  ['Tiers = silver', ['BIZ-2']],
  ['Tiers != Silver', ['BIZ-1']],
  ['"Account manager" = "alice@example.com"', ['BIZ-2']],
  ['"Account manager" = currentUser()', ['BIZ-1']],
  ['"Review date" = "2026-03-18"', ['BIZ-2']],
  ['"Review date" < now()', ['BIZ-2', 'BIZ-3']],
  ['"Review date" >= startOfDay()', ['BIZ-1', 'BIZ-2']],
  ['issue.property[brm-feedback].kind = complaint', ['SUP-1', 'SUP-4', 'SUP-8', 'SUP-12', 'BIZ-7']],
  ['issue.property["brm-feedback"].kind != complaint', ['SUP-2']],
  ['brmFeedbackKind = Compliment', ['SUP-2']],
  ['brmFeedbackIssue = "SUP-3"', ['SUP-4']],
  ['brmFeedbackIssue is not EMPTY', ['SUP-4', 'SUP-12']],
  ['surveyScore >= 4', ['SUP-2', 'SUP-9', 'BIZ-6']],
  ['issue.property[brm-survey].score.overall < 3', ['SUP-6']],
  ['issue.property[brm-survey].comment ~ friendly', ['SUP-9', 'BIZ-6']],
  ['surveyAnsweredAt >= "2026-03-01"', ['SUP-6', 'SUP-9', 'BIZ-6']],
  ['issue.property[brm-survey].answeredBy = "dave@globex.test"', ['BIZ-6']],
  // Property paths no app indexes match nothing, as in Jira.
  ['issue.property[brm-survey].nothing = 1', []],
  ['NOT issue.property[brm-survey].nothing = 1', ALL],
  ['key = SUP-10', ['SUP-10']],
  ['issuekey in (SUP-1, biz-2, 20203)', ['SUP-1', 'BIZ-2', 'DEV-3']],
  ['key > SUP-9', ['SUP-10', 'SUP-11', 'SUP-12']],
  ['key <= BIZ-2', ['BIZ-1', 'BIZ-2']],
  ['id > 20200', keys('DEV', 1, 4)],
  ['key != SUP-1 AND project = SUP', keys('SUP', 2, 12)],
  ['project = SUP AND (status = Open OR assignee is EMPTY)', ['SUP-1', 'SUP-4', 'SUP-7', 'SUP-8', 'SUP-11', 'SUP-12']],
  ['NOT project = SUP AND status = Open', ['BIZ-1', 'BIZ-4', 'BIZ-5', 'BIZ-7', 'DEV-1', 'DEV-4']],
  // AND binds tighter than OR.
  ['project = DEV OR project = BIZ AND status = Open', [...keys('DEV', 1, 4), 'BIZ-1', 'BIZ-4', 'BIZ-5', 'BIZ-7']],
  ['(project = DEV OR project = BIZ) AND status = Open', ['DEV-1', 'DEV-4', 'BIZ-1', 'BIZ-4', 'BIZ-5', 'BIZ-7']],
  ['NOT (status = Open OR status = Closed) AND project = DEV', ['DEV-2']],
  ['! project = SUP AND ! project = BIZ', keys('DEV', 1, 4)],
  ['project = SUP and issuetype = Complaint and labels = billing', ['SUP-1', 'SUP-4', 'SUP-12']],
];

describe('compileJql: which issues a query finds', () => {
  test.each(QUERIES)('%s', (jql, expected) => {
    expect(found(jql)).toEqual([...expected].sort());
  });
});

describe("compileJql: dates in the searcher's time zone", () => {
  test('a day in Berlin starts an hour before UTC midnight in March', () => {
    const berlin = environment({ timeZone: 'Europe/Berlin' });
    expect(found('created >= "2026-03-01" AND created < "2026-03-10"', berlin)).toEqual(['BIZ-4', 'BIZ-5', 'BIZ-6', 'SUP-5', 'SUP-6']);
  });

  test('New Year in Auckland comes before the last UTC evening of 2025', () => {
    const auckland = environment({ timeZone: 'Pacific/Auckland' });
    expect(found('created < "2026-01-01"', auckland)).toEqual(['BIZ-3']);
    expect(found('created < "2026-01-01"')).toEqual(['BIZ-3', 'SUP-11']);
  });

  test('an unknown time zone reads as UTC', () => {
    expect(found('created < "2026-01-01"', environment({ timeZone: 'Mars/Olympus_Mons' }))).toEqual(['BIZ-3', 'SUP-11']);
  });

  test('weeks start on Sunday by default and on Monday when asked', () => {
    expect(found('created >= startOfWeek()')).toContain('SUP-8');
    expect(found('created >= startOfWeek()', environment({ weekStartsOn: 1 }))).toEqual(['DEV-4', 'SUP-10', 'SUP-9']);
  });

  test('startOfDay() follows the time zone: noon UTC is 21:00 in Tokyo', () => {
    // 2026-03-18T12:00Z is 21:00 in Tokyo; Tokyo's day began at 2026-03-17T15:00Z.
    const tokyo = environment({ timeZone: 'Asia/Tokyo' });
    expect(found('created >= startOfDay()', tokyo)).toEqual(['DEV-4', 'SUP-10']);
    expect(found('created >= startOfDay(-1)', tokyo)).toEqual(['DEV-4', 'SUP-10', 'SUP-9']);
  });
});

describe('compileJql: ORDER BY', () => {
  const ORDERS: Array<[string, string[]]> = [
    ['project = DEV ORDER BY created ASC', ['DEV-1', 'DEV-2', 'DEV-3', 'DEV-4']],
    ['project = SUP ORDER BY key DESC', ['SUP-12', 'SUP-11', 'SUP-10', 'SUP-9', 'SUP-8', 'SUP-7', 'SUP-6', 'SUP-5', 'SUP-4', 'SUP-3', 'SUP-2', 'SUP-1']],
    ['project = BIZ ORDER BY "Planned cost" DESC', ['BIZ-7', 'BIZ-6', 'BIZ-4', 'BIZ-8', 'BIZ-2', 'BIZ-3', 'BIZ-1', 'BIZ-5']],
    ['project = BIZ ORDER BY "Planned cost"', ['BIZ-5', 'BIZ-1', 'BIZ-3', 'BIZ-2', 'BIZ-8', 'BIZ-7', 'BIZ-6', 'BIZ-4']],
    ['project = BIZ', ['BIZ-8', 'BIZ-7', 'BIZ-6', 'BIZ-5', 'BIZ-4', 'BIZ-2', 'BIZ-1', 'BIZ-3']],
    [
      'project = SUP AND assignee is not EMPTY ORDER BY assignee ASC, created DESC',
      ['SUP-10', 'SUP-9', 'SUP-6', 'SUP-3', 'SUP-1', 'SUP-8', 'SUP-5', 'SUP-2', 'SUP-11'],
    ],
    ['issuetype = Complaint ORDER BY status', ['BIZ-7', 'SUP-8', 'SUP-1', 'SUP-10', 'SUP-4', 'SUP-12', 'SUP-6']],
    ['project = SUP AND resolution is not EMPTY ORDER BY resolved DESC', ['SUP-9', 'SUP-6', 'SUP-5', 'SUP-12', 'SUP-2']],
    ['surveyScore is not EMPTY ORDER BY surveyScore DESC, key ASC', ['BIZ-6', 'SUP-2', 'SUP-9', 'SUP-6']],
    ['project = DEV ORDER BY summary', ['DEV-3', 'DEV-4', 'DEV-2', 'DEV-1']],
    ['project = SUP AND labels is not EMPTY ORDER BY project, statusCategory DESC, key', ['SUP-2', 'SUP-5', 'SUP-9', 'SUP-12', 'SUP-4', 'SUP-1', 'SUP-8']],
    [
      'ORDER BY created DESC',
      [...ALL].sort((a, b) => {
        const created = (key: string) => issues.find((issue) => issue.key === key)?.created ?? '';
        return created(b).localeCompare(created(a));
      }),
    ],
  ];

  test.each(ORDERS)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });
});

/** Queries Jira refuses, with the messages of its 400 answer. */
const ERRORS: Array<[string, string[]]> = [
  ['project = XYZ', ["The value 'XYZ' does not exist for the field 'project'."]],
  ['status in (Open, Nope, Gone)', ["The value 'Nope' does not exist for the field 'status'.", "The value 'Gone' does not exist for the field 'status'."]],
  ['foo = bar', ["Field 'foo' does not exist or you do not have permission to view it."]],
  [
    'foo = 1 AND "bar baz" = 2',
    ["Field 'foo' does not exist or you do not have permission to view it.", "Field 'bar baz' does not exist or you do not have permission to view it."],
  ],
  ['cf[99999] = 1', ["Field 'cf[99999]' does not exist or you do not have permission to view it."]],
  ['project ~ SUP', ["The operator '~' is not supported by the 'project' field."]],
  ['summary = printer', ["The operator '=' is not supported by the 'summary' field."]],
  ['Notes = twice', ["The operator '=' is not supported by the 'Notes' field."]],
  ['labels > b', ["The operator '>' is not supported by the 'labels' field."]],
  ['status was Open', ["The operator 'was' is not supported by the 'status' field."]],
  ['assignee = nobody', ["The value 'nobody' does not exist for the field 'assignee'."]],
  ['organizations = Umbrella', ["The value 'Umbrella' does not exist for the field 'organizations'."]],
  [
    'created > "31/01/2026"',
    [
      "Date value '31/01/2026' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
  ],
  [
    'resolved < yesterday',
    [
      "Date value 'yesterday' for field 'resolved' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
  ],
  [
    'created > "2026-02-30"',
    [
      "Date value '2026-02-30' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
  ],
  [
    'created > -1M',
    [
      "Date value '-1M' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
  ],
  ['created > startOfMonth("-1q")', ["Duration format '-1q' for function 'startOfMonth' is invalid. Valid formats are '(+/-)nn(y|M|w|d|h|m)'."]],
  ['created > startOfDay(1, 2)', ["Function 'startOfDay' expected between '0' and '1' arguments but received '2'."]],
  ['created = currentUser()', ["The function 'currentUser' is not supported by the 'created' field."]],
  ['assignee = membersOf("jira-users")', ["Unable to find JQL function 'membersOf()'."]],
  ['summary ~ EMPTY', ["The operator '~' does not support searching for EMPTY values for the field 'summary'."]],
  ['key = EMPTY', ["The operator '=' does not support searching for EMPTY values for the field 'key'."]],
  ['"Planned cost" > lots', ["Value 'lots' is invalid for the 'Planned cost' field."]],
  ['surveyScore = high', ["Value 'high' is invalid for the 'surveyScore' field."]],
  ['summary ~ "!!"', ["The field 'summary' does not support searching for an empty string."]],
  ['key = banana', ["The issue key 'banana' for field 'key' is invalid."]],
  ['key = XYZ-1', ["An issue with key 'XYZ-1' does not exist for field 'key'."]],
  ['key is EMPTY', ["The operator 'is' is not supported by the 'key' field."]],
  ['project = SUP ORDER BY nothing', ["Field 'nothing' does not exist or you do not have permission to view it."]],
  ['project = SUP ORDER BY labels', ["Field 'labels' does not support sorting."]],
  ['project = ', ['Error in the JQL Query: Expecting either a value, list or function before the end of the query.']],
  [
    'invalid query',
    [
      "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ],
  ],
  ['status = Open status = Closed', ["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)"]],
  ['project = SUP AND (status = Open', ["Error in the JQL Query: Expecting ')' before the end of the query."]],
  ['summary ~ "unterminated', ["Error in the JQL Query: The quoted string 'unterminated' has not been completed. (line 1, character 11)"]],
  [
    'assignee = nobody@example.com',
    [
      "Error in the JQL Query: The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 1, character 18)",
    ],
  ],
  [
    'project = OR',
    [
      "Error in the JQL Query: Expecting either a value, list or function but got 'OR'. You must surround 'OR' in quotation marks to use it as a value. (line 1, character 11)",
    ],
  ],
  [
    'project = select',
    ["Error in the JQL Query: 'select' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)"],
  ],
  ['project = SUP AND', ['Error in the JQL Query: Expecting a field name before the end of the query.']],
  ['project = SUP ORDER created', ["Error in the JQL Query: Expecting 'BY' but got 'created'. (line 1, character 21)"]],
  [
    'created > EMPTY',
    [
      "Error in the JQL Query: Expecting either a value, list or function but got 'EMPTY'. You must surround 'EMPTY' in quotation marks to use it as a value. (line 1, character 11)",
    ],
  ],
  ['status is Open', ["Error in the JQL Query: Expecting 'EMPTY' but got 'Open'. (line 1, character 11)"]],
  ['status not Open', ["Error in the JQL Query: Expecting 'IN' but got 'Open'. (line 1, character 12)"]],
  ['status in (Open Closed)', ["Error in the JQL Query: Expecting either ',' or ')' but got 'Closed'. (line 1, character 17)"]],
  ['project =\n  SUP AND status ==Open', ["Error in the JQL Query: Expecting either a value, list or function but got '='. (line 2, character 19)"]],
];

describe('compileJql: queries Jira refuses', () => {
  test.each(ERRORS)('%s', (jql, expected) => {
    let thrown: unknown;
    try {
      compileJql(jql, environment());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(JqlError);
    expect(thrown instanceof JqlError ? thrown.errorMessages : []).toEqual(expected);
  });

  test('a JqlError carries its messages in its message too', () => {
    expect(() => compileJql('project = XYZ', environment())).toThrow("The value 'XYZ' does not exist for the field 'project'.");
  });
});

describe('compileJql: names that change meaning with the tenant', () => {
  test('currentUser() of an anonymous search matches no one, in = as in !=', () => {
    const anonymous = environment({ currentUserId: null });
    expect(found('assignee = currentUser()', anonymous)).toEqual([]);
    expect(found('assignee in (currentUser(), u-alice)', anonymous)).toEqual(found('assignee = u-alice'));
  });

  test('a value in escapes reads as the character it stands for', () => {
    expect(found('project = "\\u0053UP"')).toEqual(found('project = SUP'));
    expect(found('summary ~ "\\"portal\\u0020timeout again\\""')).toEqual(['SUP-12']);
  });
});
