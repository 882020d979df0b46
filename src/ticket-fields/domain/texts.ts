import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { defineTexts, type Text } from '#kernel/texts';

/**
 * The Customer and Service fields' sentences: why the app changed a ticket's Customer (recorded on
 * the ticket in the site's language), refusals of a customer an agent chose, and the messages of
 * the contract's checks (found by their English when a payload fails them). Organizations are named
 * in the locale's quotation marks.
 */
const en = {
  'organization.named': '“{name}”',
  'organization.unnamed': 'organization {id}',
  'check.notReporters.replaced':
    "{organization} is not an organization of the reporter, who raised this ticket as a customer; the reporter's organization {replacement} was set instead.",
  'check.notReporters.clearedSeveral':
    "{organization} is not an organization of the reporter, who raised this ticket as a customer; it was cleared for an agent to choose among the reporter's organizations.",
  'check.notReporters.cleared':
    '{organization} is not an organization of the reporter, who raised this ticket as a customer; it was cleared for an agent to choose.',
  'check.notProjects.replaced':
    "{organization} is not an organization of this project's service desk; the reporter's organization {replacement} was set instead.",
  'check.notProjects.clearedSeveral':
    "{organization} is not an organization of this project's service desk; it was cleared for an agent to choose among the reporter's organizations.",
  'check.notProjects.cleared': "{organization} is not an organization of this project's service desk; it was cleared for an agent to choose.",
  'customer.notReporters': '{organization} is not an organization of the reporter; a ticket a customer raised is for one of their own organizations.',
  'customer.notProjects': "{organization} is not an organization of this project's service desk.",
  'customer.notVisible': 'organization {customerId} is not one you can see for this project.',
  'field.missing': "The app's {field} field is missing from Jira. Ask a Jira admin to provision the project.",
  'input.fieldKey': 'must be brm-customer or brm-service',
  'input.organizationId': 'must be an organization id (digits only)',
} as const;

export const TICKET_FIELDS_TEXTS = defineTexts(en, {
  de: {
    'organization.named': '„{name}“',
    'organization.unnamed': 'Organisation {id}',
    'check.notReporters.replaced':
      '{organization} ist keine Organisation des Autors, der dieses Ticket als Kunde erstellt hat; stattdessen wurde die Organisation des Autors, {replacement}, eingetragen.',
    'check.notReporters.clearedSeveral':
      '{organization} ist keine Organisation des Autors, der dieses Ticket als Kunde erstellt hat; das Feld wurde geleert, damit ein Agent unter den Organisationen des Autors auswählt.',
    'check.notReporters.cleared':
      '{organization} ist keine Organisation des Autors, der dieses Ticket als Kunde erstellt hat; das Feld wurde geleert, damit ein Agent eine Organisation auswählt.',
    'check.notProjects.replaced':
      '{organization} ist keine Organisation dieses Serviceprojekts; stattdessen wurde die Organisation des Autors, {replacement}, eingetragen.',
    'check.notProjects.clearedSeveral':
      '{organization} ist keine Organisation dieses Serviceprojekts; das Feld wurde geleert, damit ein Agent unter den Organisationen des Autors auswählt.',
    'check.notProjects.cleared':
      '{organization} ist keine Organisation dieses Serviceprojekts; das Feld wurde geleert, damit ein Agent eine Organisation auswählt.',
    'customer.notReporters':
      '{organization} ist keine Organisation des Autors; ein Ticket, das ein Kunde erstellt hat, gehört zu einer seiner eigenen Organisationen.',
    'customer.notProjects': '{organization} ist keine Organisation dieses Serviceprojekts.',
    'customer.notVisible': 'Organisation {customerId} steht Ihnen für dieses Projekt nicht zur Auswahl.',
    'field.missing': 'Das Feld {field} der App fehlt in Jira. Bitten Sie einen Jira-Administrator, das Projekt einzurichten.',
    'input.fieldKey': 'muss brm-customer oder brm-service sein',
    'input.organizationId': 'muss eine Organisations-ID sein (nur Ziffern)',
  },
  es: {
    'organization.named': '«{name}»',
    'organization.unnamed': 'la organización {id}',
    'check.notReporters.replaced':
      '{organization} no es una organización del informador, que creó este ticket como cliente; en su lugar se ha asignado la organización del informador, {replacement}.',
    'check.notReporters.clearedSeveral':
      '{organization} no es una organización del informador, que creó este ticket como cliente; se ha vaciado el campo para que un agente elija entre las organizaciones del informador.',
    'check.notReporters.cleared':
      '{organization} no es una organización del informador, que creó este ticket como cliente; se ha vaciado el campo para que un agente elija una.',
    'check.notProjects.replaced':
      '{organization} no es una organización de este proyecto de servicio; en su lugar se ha asignado la organización del informador, {replacement}.',
    'check.notProjects.clearedSeveral':
      '{organization} no es una organización de este proyecto de servicio; se ha vaciado el campo para que un agente elija entre las organizaciones del informador.',
    'check.notProjects.cleared': '{organization} no es una organización de este proyecto de servicio; se ha vaciado el campo para que un agente elija una.',
    'customer.notReporters':
      '{organization} no es una organización del informador; un ticket creado por un cliente corresponde a una de sus propias organizaciones.',
    'customer.notProjects': '{organization} no es una organización de este proyecto de servicio.',
    'customer.notVisible': 'la organización {customerId} no está entre las que puede ver en este proyecto.',
    'field.missing': 'Falta en Jira el campo {field} de la aplicación. Pida a un administrador de Jira que configure el proyecto.',
    'input.fieldKey': 'debe ser brm-customer o brm-service',
    'input.organizationId': 'debe ser un identificador de organización (solo dígitos)',
  },
  'zh-CN': {
    'organization.named': '“{name}”',
    'organization.unnamed': 'ID 为 {id} 的组织',
    'check.notReporters.replaced': '{organization}不是报告人的组织，而报告人是以客户身份提交此工单的；已改为设置报告人的组织{replacement}。',
    'check.notReporters.clearedSeveral': '{organization}不是报告人的组织，而报告人是以客户身份提交此工单的；已清空该字段，以便客服人员从报告人的组织中选择。',
    'check.notReporters.cleared': '{organization}不是报告人的组织，而报告人是以客户身份提交此工单的；已清空该字段，以便客服人员重新选择。',
    'check.notProjects.replaced': '{organization}不是此服务项目的组织；已改为设置报告人的组织{replacement}。',
    'check.notProjects.clearedSeveral': '{organization}不是此服务项目的组织；已清空该字段，以便客服人员从报告人的组织中选择。',
    'check.notProjects.cleared': '{organization}不是此服务项目的组织；已清空该字段，以便客服人员重新选择。',
    'customer.notReporters': '{organization}不是报告人的组织；客户提交的工单只能属于其所在的某个组织。',
    'customer.notProjects': '{organization}不是此服务项目的组织。',
    'customer.notVisible': '您在此项目中看不到组织 {customerId}。',
    'field.missing': 'Jira 中缺少应用的 {field} 字段。请让 Jira 管理员配置该项目。',
    'input.fieldKey': '必须是 brm-customer 或 brm-service',
    'input.organizationId': '必须是组织 ID（仅限数字）',
  },
  id: {
    'organization.named': '“{name}”',
    'organization.unnamed': 'organisasi {id}',
    'check.notReporters.replaced':
      '{organization} bukan organisasi pelapor, yang membuat tiket ini sebagai pelanggan; organisasi pelapor, {replacement}, ditetapkan sebagai gantinya.',
    'check.notReporters.clearedSeveral':
      '{organization} bukan organisasi pelapor, yang membuat tiket ini sebagai pelanggan; bidang ini dikosongkan agar agen dapat memilih di antara organisasi pelapor.',
    'check.notReporters.cleared':
      '{organization} bukan organisasi pelapor, yang membuat tiket ini sebagai pelanggan; bidang ini dikosongkan agar agen dapat memilih.',
    'check.notProjects.replaced': '{organization} bukan organisasi proyek layanan ini; organisasi pelapor, {replacement}, ditetapkan sebagai gantinya.',
    'check.notProjects.clearedSeveral':
      '{organization} bukan organisasi proyek layanan ini; bidang ini dikosongkan agar agen dapat memilih di antara organisasi pelapor.',
    'check.notProjects.cleared': '{organization} bukan organisasi proyek layanan ini; bidang ini dikosongkan agar agen dapat memilih.',
    'customer.notReporters': '{organization} bukan organisasi pelapor; tiket yang dibuat pelanggan harus untuk salah satu organisasinya sendiri.',
    'customer.notProjects': '{organization} bukan organisasi proyek layanan ini.',
    'customer.notVisible': 'organisasi {customerId} tidak termasuk yang dapat Anda lihat untuk proyek ini.',
    'field.missing': 'Bidang {field} milik aplikasi tidak ada di Jira. Minta admin Jira untuk menyiapkan proyek ini.',
    'input.fieldKey': 'harus berupa brm-customer atau brm-service',
    'input.organizationId': 'harus berupa ID organisasi (hanya angka)',
  },
});

/** A sentence whose parameters are themselves written per locale (an organization's quoted name). */
export const textFor = (render: (locale: Locale) => string): Text => ({ english: render(SOURCE_LOCALE), in: render });
