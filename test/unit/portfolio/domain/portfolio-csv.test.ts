import fc from 'fast-check';
import { csvFile, csvLine, parseCsv } from '#portfolio/domain/csv';
import { IMPORT_MAX_ROWS, PORTFOLIO_COLUMNS, parsePortfolioCsv } from '#portfolio/domain/portfolio-csv';

const HEADER = 'organization,owner email,tier,lifecycle,lifecycle date,agreement type,agreement name,agreement start,agreement end,agreement services';

describe('CSV records', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and says where each record starts', () => {
    const parsed = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"'] },
        { line: 3, cells: ['two\nlines', 'z'] },
      ],
    });
  });

  it('points at the line of a quote that is never closed, or text after a closing quote', () => {
    expect(parseCsv('a\n"open,\nb')).toEqual({ ok: false, line: 2, message: 'a quoted field is never closed' });
    expect(parseCsv('a\n"x"y')).toMatchObject({ ok: false, line: 2 });
  });

  it('writes what it reads back, and defuses cells a spreadsheet would run as formulas', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary-ascii' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const safe = rows.map((cells) => cells.map((c) => c.replace(/^[=+\-@\t\r]+/, '')));
        const text = safe.map((cells) => csvLine(cells)).join('\n');
        const parsed = parseCsv(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const expected = safe.filter((cells) => !(cells.length === 1 && cells[0] === ''));
        expect(parsed.records.map((r) => r.cells)).toEqual(expected);
      }),
    );
    expect(csvLine(['=HYPERLINK("x")', '+1', 'ok'])).toBe(`"'=HYPERLINK(""x"")",'+1,ok`);
  });
});

describe('the portfolio import file', () => {
  it('reads valid rows and reports each bad one with its line, column and reason', () => {
    const text = [
      HEADER,
      'Northwind Traders,ana@northwind.example,Strategic,active,2024-02-01,SLA,Managed desktop,2026-01-01,2026-12-31,Email; Laptops',
      'Contoso,not-an-email,gold,,2026-01-01,,,,,',
      'Fabrikam,,key,lost,2026-13-01,contract,Freight portal,2026-05-01,2026-04-01,',
      ',,,,,,,,,',
    ].join('\n');
    const { rows, errors } = parsePortfolioCsv(text);
    expect(rows).toEqual([
      {
        line: 2,
        organization: { name: 'Northwind Traders' },
        ownerEmail: 'ana@northwind.example',
        tier: 'strategic',
        lifecycle: { state: 'active', date: '2024-02-01' },
        agreement: {
          agreementType: 'sla',
          name: 'Managed desktop',
          reference: '',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          serviceNames: ['Email', 'Laptops'],
        },
      },
    ]);
    expect(errors).toEqual([
      { line: 3, field: 'owner email', message: 'must be an email address' },
      { line: 3, field: 'tier', message: 'must be one of strategic, key, standard' },
      { line: 3, field: 'lifecycle date', message: 'needs a lifecycle in the same row' },
      { line: 4, field: 'lifecycle date', message: 'must be a date written YYYY-MM-DD' },
      { line: 4, field: 'agreement end', message: 'must not be before the agreement start (2026-05-01)' },
      { line: 5, field: 'organization', message: 'is required (the organization name, or its id in "organization id")' },
    ]);
  });

  it('keeps rows of one customer only where they agree, and one row per agreement', () => {
    const text = [
      HEADER,
      'Northwind,,strategic,,,sla,A,2026-01-01,2026-12-31,',
      'northwind,,key,,,sla,B,2026-01-01,2026-12-31,',
      'Northwind,,,,,ola,a,2026-01-01,2026-12-31,',
      'Northwind,,strategic,,,ola,C,2026-01-01,2026-12-31,',
    ].join('\n');
    const { rows, errors } = parsePortfolioCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(errors).toEqual([
      { line: 3, field: 'tier', message: 'differs from line 2 for the same organization' },
      { line: 4, field: 'agreement name', message: 'names the same agreement as line 2' },
    ]);
  });

  it('refuses a file whose header names unknown columns, a file without rows of its own, and one with too many rows', () => {
    // ("organisation" is a header the import knows: German's.)
    expect(parsePortfolioCsv('organisaton,tier\nX,key').errors).toEqual([
      expect.objectContaining({ line: 1, field: 'file', message: expect.stringContaining('"organisaton"') }),
    ]);
    expect(parsePortfolioCsv('')).toEqual({ rows: [], errors: [{ line: 1, field: 'file', message: 'is empty: it needs a header row naming the columns' }] });
    const many = ['organization', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `Org ${i}`)].join('\n');
    expect(parsePortfolioCsv(many).rows).toEqual([]);
  });

  it('takes columns in any order and case, and undoes the apostrophe the export puts before formula characters', () => {
    const { rows } = parsePortfolioCsv("Tier,ORGANIZATION_ID,Industry\nkey,10003,'-minus industry");
    expect(rows).toEqual([{ line: 2, organization: { id: '10003' }, tier: 'key', industry: '-minus industry' }]);
  });

  it('never throws on malformed input, and never lets a row with an error through', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('strategic', 'KEY', 'lost', 'active', '2026-02-30', '2026-01-01', 'sla', 'x@y.example', '"', '""', '\n', ',', "'=1"),
    );
    const line = fc.array(cell, { maxLength: 16 }).map((cells) => cells.join(fc.sample(fc.constantFrom(',', ', ', '",'), 1)[0] ?? ','));
    const file = fc
      .tuple(
        fc.constantFrom(HEADER, PORTFOLIO_COLUMNS.join(','), 'organization', 'tier', ''),
        fc.array(line, { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([header, lines, eol]) => [header, ...lines].join(eol));
    fc.assert(
      fc.property(fc.oneof(file, fc.string({ maxLength: 400 })), (text) => {
        const { rows, errors } = parsePortfolioCsv(text);
        const bad = new Set(errors.map((e) => e.line));
        for (const row of rows) expect(bad.has(row.line)).toBe(false);
        if (errors.some((e) => e.field === 'file' && e.line <= 1)) expect(rows).toEqual([]);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const e of [...rows, ...errors]) expect(e.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what the export writes', () => {
    const exported = csvFile(PORTFOLIO_COLUMNS, [
      [
        'Northwind Traders',
        '10001',
        'ana@example.com',
        'strategic',
        'Retail',
        'active',
        '2024-02-01',
        'Email;Laptops',
        'contract',
        'Master, 2026',
        'https://contracts.example/42',
        '2026-01-01',
        '2027-12-31',
        'Email',
      ],
    ]);
    expect(parsePortfolioCsv(exported)).toEqual({
      errors: [],
      rows: [
        {
          line: 2,
          organization: { id: '10001' },
          ownerEmail: 'ana@example.com',
          tier: 'strategic',
          industry: 'Retail',
          lifecycle: { state: 'active', date: '2024-02-01' },
          enrolledServiceNames: ['Email', 'Laptops'],
          agreement: {
            agreementType: 'contract',
            name: 'Master, 2026',
            reference: 'https://contracts.example/42',
            startDate: '2026-01-01',
            endDate: '2027-12-31',
            serviceNames: ['Email'],
          },
        },
      ],
    });
  });
});
