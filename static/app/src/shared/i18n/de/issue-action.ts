import type { enIssueAction } from '../en-issue-action';
import type { Translation } from '../index';

const table = {
  'issue.action.heading': '{issueKey} als Kundenfeedback markieren',
  'issue.action.intro': 'Dadurch wird ein mit diesem Ticket verknüpfter Vorgang vom Typ Beschwerde oder Lob erstellt und das Ticket damit markiert.',
  'issue.action.kind': 'Art des Feedbacks',
  'issue.action.customer': 'Kunde',
  'issue.action.customer.helper': 'Die Organisation, von der das Feedback stammt.',
  'issue.action.service': 'Service',
  'issue.action.service.helper': 'Optional: der Service, auf den sich das Feedback bezieht.',
  'issue.action.category': 'Kategorie',
  'issue.action.category.placeholder': 'Kategorie auswählen',
  'issue.action.category.service-quality': 'Servicequalität',
  'issue.action.category.response-time': 'Reaktionszeit',
  'issue.action.category.staff-conduct': 'Verhalten der Mitarbeiter',
  'issue.action.category.communication': 'Kommunikation',
  'issue.action.category.cost': 'Kosten',
  'issue.action.category.other': 'Sonstiges',
  'issue.action.severity': 'Schweregrad',
  'issue.action.severity.placeholder': 'Wie schwerwiegend ist es?',
  'issue.action.severity.low': 'Niedrig',
  'issue.action.severity.medium': 'Mittel',
  'issue.action.severity.high': 'Hoch',
  'issue.action.severity.critical': 'Kritisch',
  'issue.action.statement': 'Schilderung',
  'issue.action.statement.helper': 'Möglichst in den Worten des Kunden: was passiert ist und was er erwartet.',
  'issue.action.statement.counter': '{count} von {max} Zeichen',
  'issue.action.problem.customer': 'Wählen Sie den Kunden aus, von dem das Feedback stammt.',
  'issue.action.problem.severity': 'Wählen Sie aus, wie schwerwiegend die Beschwerde ist.',
  'issue.action.problem.statement': 'Geben Sie eine kurze Schilderung ein.',
  'issue.action.problem.statementLong': 'Kürzen Sie die Schilderung auf höchstens {max} Zeichen.',
  'issue.action.submit.complaint': 'Als Beschwerde markieren',
  'issue.action.submit.compliment': 'Als Lob markieren',
  'issue.action.cancel': 'Abbrechen',
  'issue.action.done': 'Fertig',
  'issue.action.created.title': '{kind} {key} erstellt',
  'issue.action.created.body': 'Der Vorgang ist mit {issueKey} verknüpft, und das Ticket zeigt ihn jetzt unter „Kundenfeedback“ an.',
  'issue.action.existing.title': '{issueKey} ist bereits markiert',
  'issue.action.existing.body':
    'Ein Ticket wird nur einmal markiert, daher wurde nichts Neues erstellt. Dies ist der zugehörige Vorgang vom Typ {kind}; ergänzen Sie ihn dort.',
  'issue.action.unavailable.title': 'Sie können dieses Ticket noch nicht markieren',
  'issue.action.unavailable.notProvisioned':
    'Die Vorgangstypen Beschwerde und Lob sind in {projectKey} nicht eingerichtet. Bitten Sie einen Jira-Administrator, BRM auf der Administrationsseite der App für dieses Projekt einzurichten (Apps › BRM for Jira Service Management).',
  'issue.action.unavailable.noPermission':
    'Beim Markieren wird in {projectKey} ein Vorgang vom Typ Beschwerde oder Lob erstellt, und Sie haben keine Berechtigung, dort Vorgänge zu erstellen. Bitten Sie einen Projektadministrator um die Berechtigung „Vorgänge erstellen“.',
} satisfies Translation<typeof enIssueAction>;
export default table;
