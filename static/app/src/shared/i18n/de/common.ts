import type { en } from '../en';
import type { Translation } from '../index';

const table = {
  'issue.feedback.kind.complaint': 'Beschwerde',
  'issue.feedback.kind.compliment': 'Lob',
  'issue.feedback.kindLower.complaint': 'Beschwerde',
  'issue.feedback.kindLower.compliment': 'Lob',
  'issue.feedback.hidden': 'Für Sie nicht sichtbar',
  'issue.feedback.taggedOn': 'Markiert am {date}',

  'issue.customer.placeholder': 'Kunden auswählen',
  'issue.customer.noOptions': 'Kein Kunde dieses Projekts hat diesen Namen',
  'issue.customer.loadFailed': 'Die Kunden konnten nicht geladen werden: {message}',
  'issue.service.placeholder': 'Service auswählen',
  'issue.service.noOptions': 'Kein aktiver Service hat diesen Namen',
  'issue.service.loadFailed': 'Die Services konnten nicht geladen werden: {message}',
  'issue.service.archived': '{name} (archiviert)',

  'issue.context.none': 'Nicht als Kundenfeedback markiert.',
  'issue.context.hint': 'Zum Markieren wählen Sie im Menü ••• die Option „Kundenfeedback …“.',

  'issue.panel.customer': 'Kunde',
  'issue.panel.service': 'Service',
  'issue.panel.feedback': 'Kundenfeedback',
  'issue.panel.notSet': 'Keine',
  'issue.panel.edit': 'Bearbeiten',
  'issue.panel.editLabel': 'Bearbeiten: {field}',
  'issue.panel.save': 'Speichern',
  'issue.panel.cancel': 'Abbrechen',
  'issue.panel.check.changed.customer': 'Die App hat den Kunden am {date} geändert: {reason}',
  'issue.panel.check.cleared.customer': 'Die App hat den Kunden am {date} entfernt: {reason}',
  'issue.panel.check.changed.service': 'Die App hat den Service am {date} geändert: {reason}',
  'issue.panel.check.cleared.service': 'Die App hat den Service am {date} entfernt: {reason}',
  'issue.panel.notTagged': 'Nicht markiert. Um eine Beschwerde oder ein Lob zu erfassen, wählen Sie im Menü ••• die Option „Kundenfeedback …“.',

  'issue.field.label.brm-customer': 'Kunde',
  'issue.field.label.brm-service': 'Service',
  'issue.field.noIssue': 'Wählen Sie dies aus, sobald der Vorgang erstellt ist: Die Auswahl hängt von seinem Projekt ab.',
  'issue.field.save': 'Speichern',
  'issue.field.cancel': 'Abbrechen',
  'issue.field.notAppField': 'Dieses Feld ist keines der Felder „Kunde“ oder „Service“ der App.',

  'common.loading': 'Wird geladen …',
  'common.retry': 'Erneut versuchen',
  'common.close': 'Schließen',
  'common.none': 'Keine',
  'common.error.title': 'Etwas ist schiefgelaufen',
  'common.error.FORBIDDEN': 'Sie sind dazu nicht berechtigt',
  'common.error.INVALID_INPUT': 'Einige der Angaben sind ungültig',
  'common.error.NOT_FOUND': 'Das Angeforderte wurde nicht gefunden',
  'common.error.CONFLICT': 'Jemand anderes hat dies gleichzeitig geändert',
  'common.error.UPSTREAM': 'Jira hat nicht wie erwartet geantwortet',
  'common.error.INTERNAL': 'Etwas ist schiefgelaufen',
  'common.error.unreachable': 'Die App ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.error.badAnswer':
    'Die App hat auf eine Weise geantwortet, die diese Seite nicht versteht. Laden Sie die Seite neu; wenn das weiterhin passiert, wenden Sie sich an Ihren Jira-Administrator.',
  'common.noIssue': 'Öffnen Sie dies aus einem Jira-Vorgang heraus, um die Details zu sehen.',
  'common.unknownModule': 'Dieser Teil der App ist hier nicht verfügbar.',
  'common.error.loadFailed': 'Dieser Teil der App konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
} satisfies Translation<typeof en>;
export default table;
