import { saveServiceInput } from '#catalogue/contract';
import type { CatalogueService } from '#catalogue/domain';
import { serviceCorrectionReason } from '#catalogue/service-choice';
import { inputError } from '#platform/resolver/contract-resolver';

/** The service catalogue in its reader's language. */

const fax: CatalogueService = { id: 's9', name: 'Fax', description: '', status: 'archived', ownerAccountId: '', updatedAt: '2026-01-01T00:00:00Z' };

describe('why the app cleared a ticket’s Service', () => {
  it('is written in the locale asked for', () => {
    expect(serviceCorrectionReason('s9', fax, 'archived')).toBe(
      'the service Fax is archived and cannot be chosen any more; it was cleared for an agent to choose.',
    );
    expect(serviceCorrectionReason('s9', fax, 'archived', 'de')).toBe(
      'der Service Fax ist archiviert und kann nicht mehr ausgewählt werden; das Feld wurde geleert, damit ein Agent einen Service auswählt.',
    );
    expect(serviceCorrectionReason('gone', undefined, 'not-in-catalogue', 'zh-CN')).toBe('服务目录中没有服务 gone；已清空该字段，以便客服人员重新选择。');
  });
});

describe('the catalogue’s checks', () => {
  it('are written in the caller’s language', () => {
    const payload = { id: '', name: 'Payroll', ownerAccountId: '' };
    const parsed = saveServiceInput.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    const text = inputError(parsed.error, payload).text;
    expect(text.english).toBe('id: must be a service id; ownerAccountId: is not an account id');
    expect(text.in('de')).toBe('id: muss eine Service-ID sein; ownerAccountId: ist keine Konto-ID');
    expect(text.in('zh-CN')).toBe('id: 必须是服务 ID; ownerAccountId: 不是账户 ID');
  });
});
