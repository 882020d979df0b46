import type { enSurveyPortal } from '../en-survey-portal';
import type { Translation } from '../index';

const table = {
  'survey.portal.none': 'Tidak ada survei untuk dijawab pada permintaan ini.',
  'survey.portal.title': 'Survei kepuasan',
  'survey.portal.required': '(wajib)',
  'survey.portal.requiredNote': 'Pertanyaan bertanda * wajib dijawab.',
  'survey.portal.requiredNoteOpenUntil': 'Pertanyaan bertanda * wajib dijawab. Dibuka hingga {date}.',
  'survey.portal.pleaseAnswer': 'Jawab pertanyaan ini.',
  'survey.portal.tooLong': 'Batasi jawaban ini hingga {max} karakter (sekarang {length}).',
  'survey.portal.characters': '{length} dari {max} karakter',
  'survey.portal.send': 'Kirim jawaban saya',
  'survey.portal.saveChanges': 'Simpan perubahan saya',
  'survey.portal.sending': 'Mengirim…',
  'survey.portal.thanks': 'Terima kasih atas jawaban Anda.',
  'survey.portal.thanksAnonymous': 'Terima kasih: jawaban Anda bersifat anonim.',
  'survey.portal.editUntil': 'Anda dapat mengubahnya hingga {time}.',
  'survey.portal.change': 'Ubah jawaban saya',
  'survey.portal.cancelChange': 'Pertahankan jawaban saya',
  'survey.portal.answered': 'Survei ini sudah dijawab. Terima kasih.',
  'survey.portal.expired': 'Survei ini ditutup pada {date}.',
  'survey.portal.anonymous': 'Jawaban Anda bersifat anonim: tim dapat melihatnya, tetapi tidak tahu siapa yang memberikannya.',
  'survey.portal.fix': 'Beberapa jawaban perlu Anda perhatikan.',
} satisfies Translation<typeof enSurveyPortal>;

export default table;
