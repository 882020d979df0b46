import { defineTexts } from '#kernel/texts';

/**
 * The service catalogue's sentences: its errors, why the app cleared a ticket's Service, and the
 * messages of its contract's checks (found by their English when a payload fails them).
 */
const en = {
  'service.missing': 'there is no service {id} in the catalogue.',
  'service.archived': 'the service “{name}” is archived; choose an active one.',
  'service.nameTaken': 'a service named “{name}” already exists.',
  'service.nameTakenArchived': 'a service named “{name}” already exists (archived; restore it instead).',
  'service.nameTakenJustNow': 'a service named “{name}” was saved by someone else just now.',
  'service.changedMeanwhile': 'The service “{name}” was changed by someone else just now. Reload the catalogue and try again.',
  'service.newChangedMeanwhile': 'The service was changed by someone else just now. Reload the catalogue and try again.',
  'check.notInCatalogue': 'there is no service {id} in the service catalogue; it was cleared for an agent to choose.',
  'check.archived': 'the service {name} is archived and cannot be chosen any more; it was cleared for an agent to choose.',
  'input.serviceId': 'must be a service id',
  'input.notServiceId': 'is not a service id',
  'input.notAccountId': 'is not an account id',
} as const;

export const CATALOGUE_TEXTS = defineTexts(en, {
  de: {
    'service.missing': 'im Katalog gibt es keinen Service {id}.',
    'service.archived': 'der Service „{name}“ ist archiviert; wählen Sie einen aktiven aus.',
    'service.nameTaken': 'ein Service namens „{name}“ existiert bereits.',
    'service.nameTakenArchived': 'ein Service namens „{name}“ existiert bereits (archiviert; stellen Sie stattdessen diesen wieder her).',
    'service.nameTakenJustNow': 'ein Service namens „{name}“ wurde soeben von einer anderen Person gespeichert.',
    'service.changedMeanwhile': 'Der Service „{name}“ wurde soeben von einer anderen Person geändert. Laden Sie den Katalog neu und versuchen Sie es erneut.',
    'service.newChangedMeanwhile': 'Der Service wurde soeben von einer anderen Person geändert. Laden Sie den Katalog neu und versuchen Sie es erneut.',
    'check.notInCatalogue': 'im Servicekatalog gibt es keinen Service {id}; das Feld wurde geleert, damit ein Agent einen Service auswählt.',
    'check.archived':
      'der Service {name} ist archiviert und kann nicht mehr ausgewählt werden; das Feld wurde geleert, damit ein Agent einen Service auswählt.',
    'input.serviceId': 'muss eine Service-ID sein',
    'input.notServiceId': 'ist keine Service-ID',
    'input.notAccountId': 'ist keine Konto-ID',
  },
  es: {
    'service.missing': 'no hay ningún servicio {id} en el catálogo.',
    'service.archived': 'el servicio «{name}» está archivado; elija uno activo.',
    'service.nameTaken': 'ya existe un servicio llamado «{name}».',
    'service.nameTakenArchived': 'ya existe un servicio llamado «{name}» (archivado; restáurelo en lugar de crear otro).',
    'service.nameTakenJustNow': 'otra persona acaba de guardar un servicio llamado «{name}».',
    'service.changedMeanwhile': 'Otra persona acaba de cambiar el servicio «{name}». Vuelva a cargar el catálogo e inténtelo de nuevo.',
    'service.newChangedMeanwhile': 'Otra persona acaba de cambiar el servicio. Vuelva a cargar el catálogo e inténtelo de nuevo.',
    'check.notInCatalogue': 'no hay ningún servicio {id} en el catálogo de servicios; se ha vaciado el campo para que un agente elija uno.',
    'check.archived': 'el servicio {name} está archivado y ya no se puede elegir; se ha vaciado el campo para que un agente elija uno.',
    'input.serviceId': 'debe ser un identificador de servicio',
    'input.notServiceId': 'no es un identificador de servicio',
    'input.notAccountId': 'no es un identificador de cuenta',
  },
  'zh-CN': {
    'service.missing': '目录中没有服务 {id}。',
    'service.archived': '服务“{name}”已归档；请选择一个活动的服务。',
    'service.nameTaken': '名为“{name}”的服务已存在。',
    'service.nameTakenArchived': '名为“{name}”的服务已存在（已归档；请改为恢复该服务）。',
    'service.nameTakenJustNow': '其他人刚刚保存了名为“{name}”的服务。',
    'service.changedMeanwhile': '其他人刚刚更改了服务“{name}”。请重新加载目录后重试。',
    'service.newChangedMeanwhile': '其他人刚刚更改了该服务。请重新加载目录后重试。',
    'check.notInCatalogue': '服务目录中没有服务 {id}；已清空该字段，以便客服人员重新选择。',
    'check.archived': '服务 {name} 已归档，无法再被选择；已清空该字段，以便客服人员重新选择。',
    'input.serviceId': '必须是服务 ID',
    'input.notServiceId': '不是服务 ID',
    'input.notAccountId': '不是账户 ID',
  },
  id: {
    'service.missing': 'tidak ada layanan {id} di katalog.',
    'service.archived': 'layanan “{name}” diarsipkan; pilih layanan yang aktif.',
    'service.nameTaken': 'layanan bernama “{name}” sudah ada.',
    'service.nameTakenArchived': 'layanan bernama “{name}” sudah ada (diarsipkan; pulihkan layanan tersebut sebagai gantinya).',
    'service.nameTakenJustNow': 'layanan bernama “{name}” baru saja disimpan oleh orang lain.',
    'service.changedMeanwhile': 'Layanan “{name}” baru saja diubah oleh orang lain. Muat ulang katalog lalu coba lagi.',
    'service.newChangedMeanwhile': 'Layanan ini baru saja diubah oleh orang lain. Muat ulang katalog lalu coba lagi.',
    'check.notInCatalogue': 'tidak ada layanan {id} di katalog layanan; bidang ini dikosongkan agar agen dapat memilih.',
    'check.archived': 'layanan {name} diarsipkan dan tidak dapat dipilih lagi; bidang ini dikosongkan agar agen dapat memilih.',
    'input.serviceId': 'harus berupa ID layanan',
    'input.notServiceId': 'bukan ID layanan',
    'input.notAccountId': 'bukan ID akun',
  },
});
