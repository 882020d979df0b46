import type { QuestionnaireDefinition } from './questionnaire';

export { DEFAULT_QUESTIONNAIRE_ID } from './questionnaire';

/**
 * The questionnaire the app ships: overall satisfaction, the hard facts (quality of the solution,
 * speed, cost and value) and the soft facts (friendliness, customer orientation) of ITIL's
 * satisfaction questionnaire, the recommendation (NPS), the effort (CES, optional) and a comment,
 * in English, German, Spanish, Simplified Chinese and Indonesian. Its wording fits both the
 * survey after a ticket and a relationship campaign.
 */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireDefinition = {
  name: 'Customer satisfaction',
  intro: {
    en: 'Please tell us how satisfied you are with our service. It takes about a minute.',
    de: 'Bitte sagen Sie uns, wie zufrieden Sie mit unserem Service sind. Es dauert etwa eine Minute.',
    es: 'Cuéntenos cuál es su grado de satisfacción con nuestro servicio. Le llevará aproximadamente un minuto.',
    'zh-CN': '请告诉我们您对我们服务的满意程度，大约只需一分钟。',
    id: 'Beri tahu kami seberapa puas Anda dengan layanan kami. Hanya perlu sekitar satu menit.',
  },
  dimensions: [
    {
      id: 'quality',
      kind: 'hard',
      label: { en: 'Quality of the solution', de: 'Qualität der Lösung', es: 'Calidad de la solución', 'zh-CN': '解决方案质量', id: 'Kualitas solusi' },
    },
    { id: 'speed', kind: 'hard', label: { en: 'Speed', de: 'Schnelligkeit', es: 'Rapidez', 'zh-CN': '处理速度', id: 'Kecepatan' } },
    {
      id: 'value',
      kind: 'hard',
      label: { en: 'Cost and value', de: 'Preis-Leistungs-Verhältnis', es: 'Relación calidad-precio', 'zh-CN': '性价比', id: 'Nilai terhadap biaya' },
    },
    { id: 'friendliness', kind: 'soft', label: { en: 'Friendliness', de: 'Freundlichkeit', es: 'Amabilidad', 'zh-CN': '友好态度', id: 'Keramahan' } },
    {
      id: 'orientation',
      kind: 'soft',
      label: { en: 'Customer orientation', de: 'Kundenorientierung', es: 'Orientación al cliente', 'zh-CN': '以客户为中心', id: 'Orientasi pelanggan' },
    },
  ],
  questions: [
    {
      id: 'overall',
      kind: 'rating',
      overall: true,
      required: true,
      text: {
        en: 'Overall, how satisfied are you with our service?',
        de: 'Wie zufrieden sind Sie insgesamt mit unserem Service?',
        es: 'En general, ¿cuál es su grado de satisfacción con nuestro servicio?',
        'zh-CN': '总体而言，您对我们的服务满意程度如何？',
        id: 'Secara keseluruhan, seberapa puas Anda dengan layanan kami?',
      },
    },
    {
      id: 'quality',
      kind: 'rating',
      dimensionId: 'quality',
      required: true,
      text: {
        en: 'How satisfied are you with the quality of the solution?',
        de: 'Wie zufrieden sind Sie mit der Qualität der Lösung?',
        es: '¿Cuál es su grado de satisfacción con la calidad de la solución?',
        'zh-CN': '您对解决方案的质量满意程度如何？',
        id: 'Seberapa puas Anda dengan kualitas solusi yang diberikan?',
      },
    },
    {
      id: 'speed',
      kind: 'rating',
      dimensionId: 'speed',
      required: true,
      text: {
        en: 'How satisfied are you with the speed of our response and resolution?',
        de: 'Wie zufrieden sind Sie mit der Schnelligkeit unserer Reaktion und Lösung?',
        es: '¿Cuál es su grado de satisfacción con la rapidez de nuestra respuesta y resolución?',
        'zh-CN': '您对我们响应和解决问题的速度满意程度如何？',
        id: 'Seberapa puas Anda dengan kecepatan tanggapan dan penyelesaian kami?',
      },
    },
    {
      id: 'value',
      kind: 'rating',
      dimensionId: 'value',
      required: false,
      text: {
        en: 'How satisfied are you with the value of our service for its cost?',
        de: 'Wie zufrieden sind Sie mit dem Preis-Leistungs-Verhältnis unseres Service?',
        es: '¿Cuál es su grado de satisfacción con la relación calidad-precio de nuestro servicio?',
        'zh-CN': '您对我们服务的性价比满意程度如何？',
        id: 'Seberapa puas Anda dengan nilai layanan kami dibandingkan biayanya?',
      },
    },
    {
      id: 'friendliness',
      kind: 'rating',
      dimensionId: 'friendliness',
      required: true,
      text: {
        en: 'How satisfied are you with the friendliness of our staff?',
        de: 'Wie zufrieden sind Sie mit der Freundlichkeit unserer Mitarbeitenden?',
        es: '¿Cuál es su grado de satisfacción con la amabilidad de nuestro personal?',
        'zh-CN': '您对我们工作人员的友好态度满意程度如何？',
        id: 'Seberapa puas Anda dengan keramahan staf kami?',
      },
    },
    {
      id: 'orientation',
      kind: 'rating',
      dimensionId: 'orientation',
      required: true,
      text: {
        en: 'How satisfied are you with how well we focused on your needs?',
        de: 'Wie zufrieden sind Sie damit, wie gut wir auf Ihre Bedürfnisse eingegangen sind?',
        es: '¿Cuál es su grado de satisfacción con la atención que prestamos a sus necesidades?',
        'zh-CN': '您对我们关注和满足您需求的方式满意程度如何？',
        id: 'Seberapa puas Anda dengan cara kami memperhatikan kebutuhan Anda?',
      },
    },
    {
      id: 'recommend',
      kind: 'nps',
      required: true,
      text: {
        en: 'How likely are you to recommend us to a colleague or friend?',
        de: 'Wie wahrscheinlich ist es, dass Sie uns Kolleginnen, Kollegen oder Freunden weiterempfehlen?',
        es: '¿Qué probabilidad hay de que nos recomiende a un colega o a un amigo?',
        'zh-CN': '您向同事或朋友推荐我们的可能性有多大？',
        id: 'Seberapa besar kemungkinan Anda merekomendasikan kami kepada rekan kerja atau teman?',
      },
    },
    {
      id: 'effort',
      kind: 'ces',
      required: false,
      text: {
        en: 'How easy was it to get your issue resolved?',
        de: 'Wie einfach war es, Ihr Anliegen gelöst zu bekommen?',
        es: '¿Qué tan fácil le resultó conseguir que se resolviera su problema?',
        'zh-CN': '解决您的问题有多容易？',
        id: 'Seberapa mudah bagi Anda untuk membuat masalah Anda terselesaikan?',
      },
    },
    {
      id: 'comment',
      kind: 'text',
      required: false,
      text: {
        en: 'Is there anything else you would like to tell us?',
        de: 'Möchten Sie uns noch etwas mitteilen?',
        es: '¿Hay algo más que quiera comentarnos?',
        'zh-CN': '您还有其他想告诉我们的吗？',
        id: 'Apakah ada hal lain yang ingin Anda sampaikan kepada kami?',
      },
    },
  ],
  scaleLabels: {
    rating: {
      low: { en: 'Very dissatisfied', de: 'Sehr unzufrieden', es: 'Muy insatisfecho', 'zh-CN': '非常不满意', id: 'Sangat tidak puas' },
      high: { en: 'Very satisfied', de: 'Sehr zufrieden', es: 'Muy satisfecho', 'zh-CN': '非常满意', id: 'Sangat puas' },
    },
    nps: {
      low: { en: 'Not at all likely', de: 'Äußerst unwahrscheinlich', es: 'Nada probable', 'zh-CN': '完全不可能', id: 'Sama sekali tidak mungkin' },
      high: { en: 'Extremely likely', de: 'Äußerst wahrscheinlich', es: 'Muy probable', 'zh-CN': '极有可能', id: 'Sangat mungkin' },
    },
    ces: {
      low: { en: 'Very difficult', de: 'Sehr schwierig', es: 'Muy difícil', 'zh-CN': '非常困难', id: 'Sangat sulit' },
      high: { en: 'Very easy', de: 'Sehr einfach', es: 'Muy fácil', 'zh-CN': '非常容易', id: 'Sangat mudah' },
    },
    yes: { en: 'Yes', de: 'Ja', es: 'Sí', 'zh-CN': '是', id: 'Ya' },
    no: { en: 'No', de: 'Nein', es: 'No', 'zh-CN': '否', id: 'Tidak' },
  },
};
