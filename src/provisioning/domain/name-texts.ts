import { defineTexts } from '#kernel/texts';

/**
 * The names and descriptions provisioning gives what it creates in Jira: the four BRM issue types
 * and the two portal request types, in each of the app's languages. Jira stores one name per type,
 * so the admin chooses the language on the admin page (names.ts); the app recognises its types by
 * their names in any of these languages.
 */
const en = {
  'issueType.complaint.name': 'Complaint',
  'issueType.complaint.description': 'Negative feedback from a customer about a service, tracked until it is resolved with corrective and preventive measures.',
  'issueType.compliment.name': 'Compliment',
  'issueType.compliment.description': 'Positive feedback from a customer about a service or the people who deliver it.',
  'issueType.businessCase.name': 'Business Case',
  'issueType.businessCase.description': 'The case for a new or changed service: planned and actual cost, expected benefit, decision and strategic relevance.',
  'issueType.serviceRequirement.name': 'Service Requirement',
  'issueType.serviceRequirement.description': 'A requirement a customer has of a service, linked to that customer and that service.',
  'requestType.complaint.name': 'Raise a complaint',
  'requestType.complaint.description': 'Tell us what went wrong with a service, so that we can put it right.',
  'requestType.complaint.helpText': 'Describe what happened, when, and how it affected you.',
  'requestType.compliment.name': 'Give a compliment',
  'requestType.compliment.description': 'Tell us what went well, and who made it happen.',
  'requestType.compliment.helpText': 'Name the service or the people you would like to thank.',
} as const;

export type NameTextKey = keyof typeof en;

export const NAME_TEXTS = defineTexts(en, {
  de: {
    'issueType.complaint.name': 'Beschwerde',
    'issueType.complaint.description': 'Negatives Feedback eines Kunden zu einem Service, verfolgt, bis es mit Korrektur- und Vorbeugemaßnahmen gelöst ist.',
    'issueType.compliment.name': 'Lob',
    'issueType.compliment.description': 'Positives Feedback eines Kunden zu einem Service oder zu den Menschen, die ihn erbringen.',
    'issueType.businessCase.name': 'Business Case',
    'issueType.businessCase.description':
      'Die Begründung für einen neuen oder geänderten Service: geplante und tatsächliche Kosten, erwarteter Nutzen, Entscheidung und strategische Bedeutung.',
    'issueType.serviceRequirement.name': 'Serviceanforderung',
    'issueType.serviceRequirement.description': 'Eine Anforderung eines Kunden an einen Service, verknüpft mit diesem Kunden und diesem Service.',
    'requestType.complaint.name': 'Beschwerde einreichen',
    'requestType.complaint.description': 'Sagen Sie uns, was bei einem Service schiefgelaufen ist, damit wir es in Ordnung bringen können.',
    'requestType.complaint.helpText': 'Beschreiben Sie, was passiert ist, wann und wie es Sie betroffen hat.',
    'requestType.compliment.name': 'Lob aussprechen',
    'requestType.compliment.description': 'Sagen Sie uns, was gut gelaufen ist und wem wir das verdanken.',
    'requestType.compliment.helpText': 'Nennen Sie den Service oder die Personen, denen Sie danken möchten.',
  },
  es: {
    'issueType.complaint.name': 'Queja',
    'issueType.complaint.description':
      'Opinión negativa de un cliente sobre un servicio, con seguimiento hasta que se resuelve con medidas correctivas y preventivas.',
    'issueType.compliment.name': 'Elogio',
    'issueType.compliment.description': 'Opinión positiva de un cliente sobre un servicio o sobre las personas que lo prestan.',
    'issueType.businessCase.name': 'Caso de negocio',
    'issueType.businessCase.description':
      'La justificación de un servicio nuevo o modificado: coste previsto y real, beneficio esperado, decisión y relevancia estratégica.',
    'issueType.serviceRequirement.name': 'Requisito de servicio',
    'issueType.serviceRequirement.description': 'Un requisito que un cliente tiene de un servicio, vinculado a ese cliente y a ese servicio.',
    'requestType.complaint.name': 'Presentar una queja',
    'requestType.complaint.description': 'Cuéntenos qué ha fallado en un servicio para que podamos solucionarlo.',
    'requestType.complaint.helpText': 'Describa qué ocurrió, cuándo y cómo le afectó.',
    'requestType.compliment.name': 'Enviar un elogio',
    'requestType.compliment.description': 'Cuéntenos qué salió bien y quién lo hizo posible.',
    'requestType.compliment.helpText': 'Indique el servicio o las personas a las que quiere dar las gracias.',
  },
  'zh-CN': {
    'issueType.complaint.name': '投诉',
    'issueType.complaint.description': '客户对某项服务的负面反馈，持续跟踪，直至通过纠正措施和预防措施解决。',
    'issueType.compliment.name': '表扬',
    'issueType.compliment.description': '客户对某项服务或提供该服务的人员的正面反馈。',
    'issueType.businessCase.name': '业务案例',
    'issueType.businessCase.description': '新服务或变更服务的论证：计划成本与实际成本、预期收益、决策及战略意义。',
    'issueType.serviceRequirement.name': '服务需求',
    'issueType.serviceRequirement.description': '客户对某项服务提出的需求，关联到该客户和该服务。',
    'requestType.complaint.name': '提交投诉',
    'requestType.complaint.description': '告诉我们某项服务出了什么问题，以便我们加以纠正。',
    'requestType.complaint.helpText': '请描述发生了什么、何时发生，以及对您造成了什么影响。',
    'requestType.compliment.name': '提出表扬',
    'requestType.compliment.description': '告诉我们哪些方面做得好，以及是谁促成的。',
    'requestType.compliment.helpText': '请写明您想感谢的服务或人员。',
  },
  id: {
    'issueType.complaint.name': 'Keluhan',
    'issueType.complaint.description':
      'Umpan balik negatif dari pelanggan tentang suatu layanan, dipantau hingga diselesaikan dengan tindakan korektif dan tindakan pencegahan.',
    'issueType.compliment.name': 'Pujian',
    'issueType.compliment.description': 'Umpan balik positif dari pelanggan tentang suatu layanan atau orang-orang yang memberikannya.',
    'issueType.businessCase.name': 'Kasus bisnis',
    'issueType.businessCase.description':
      'Alasan untuk layanan baru atau yang diubah: biaya rencana dan aktual, manfaat yang diharapkan, keputusan, dan relevansi strategis.',
    'issueType.serviceRequirement.name': 'Kebutuhan layanan',
    'issueType.serviceRequirement.description': 'Kebutuhan pelanggan terhadap suatu layanan, ditautkan ke pelanggan dan layanan tersebut.',
    'requestType.complaint.name': 'Ajukan keluhan',
    'requestType.complaint.description': 'Beri tahu kami apa yang salah dengan suatu layanan agar kami dapat memperbaikinya.',
    'requestType.complaint.helpText': 'Jelaskan apa yang terjadi, kapan, dan bagaimana hal itu memengaruhi Anda.',
    'requestType.compliment.name': 'Sampaikan pujian',
    'requestType.compliment.description': 'Beri tahu kami apa yang berjalan baik dan siapa yang mewujudkannya.',
    'requestType.compliment.helpText': 'Sebutkan layanan atau orang yang ingin Anda beri ucapan terima kasih.',
  },
});
