import type { enIssueAction } from '../en-issue-action';
import type { Translation } from '../index';

const table = {
  'issue.action.heading': 'Tandai {issueKey} sebagai umpan balik pelanggan',
  'issue.action.intro': 'Tindakan ini membuat isu Keluhan atau Pujian yang ditautkan ke tiket ini dan menandai tiket tersebut dengannya.',
  'issue.action.kind': 'Jenis umpan balik',
  'issue.action.customer': 'Pelanggan',
  'issue.action.customer.helper': 'Organisasi asal umpan balik.',
  'issue.action.service': 'Layanan',
  'issue.action.service.helper': 'Opsional: layanan yang menjadi pokok umpan balik.',
  'issue.action.category': 'Kategori',
  'issue.action.category.placeholder': 'Pilih kategori',
  'issue.action.category.service-quality': 'Kualitas layanan',
  'issue.action.category.response-time': 'Waktu respons',
  'issue.action.category.staff-conduct': 'Perilaku staf',
  'issue.action.category.communication': 'Komunikasi',
  'issue.action.category.cost': 'Biaya',
  'issue.action.category.other': 'Lainnya',
  'issue.action.severity': 'Tingkat keparahan',
  'issue.action.severity.placeholder': 'Seberapa serius?',
  'issue.action.severity.low': 'Rendah',
  'issue.action.severity.medium': 'Sedang',
  'issue.action.severity.high': 'Tinggi',
  'issue.action.severity.critical': 'Kritis',
  'issue.action.statement': 'Pernyataan',
  'issue.action.statement.helper': 'Sebisa mungkin dengan kata-kata pelanggan: apa yang terjadi dan apa yang mereka harapkan.',
  'issue.action.statement.counter': '{count} dari {max} karakter',
  'issue.action.problem.customer': 'Pilih pelanggan asal umpan balik.',
  'issue.action.problem.severity': 'Pilih seberapa serius keluhan ini.',
  'issue.action.problem.statement': 'Tulis pernyataan singkat.',
  'issue.action.problem.statementLong': 'Persingkat pernyataan menjadi paling banyak {max} karakter.',
  'issue.action.submit.complaint': 'Tandai sebagai keluhan',
  'issue.action.submit.compliment': 'Tandai sebagai pujian',
  'issue.action.cancel': 'Batal',
  'issue.action.done': 'Selesai',
  'issue.action.created.title': '{kind} {key} dibuat',
  'issue.action.created.body': 'Isu ini ditautkan ke {issueKey}, dan tiket tersebut kini menampilkannya di bagian Umpan balik pelanggan.',
  'issue.action.existing.title': '{issueKey} sudah ditandai',
  'issue.action.existing.body':
    'Tiket hanya ditandai satu kali, jadi tidak ada yang baru dibuat. Ini adalah isu {kind} yang terkait; tambahkan informasi di sana.',
  'issue.action.unavailable.title': 'Anda belum dapat menandai tiket ini',
  'issue.action.unavailable.notProvisioned':
    'Jenis isu Keluhan dan Pujian belum disiapkan di {projectKey}. Minta admin Jira untuk menyiapkan BRM bagi proyek ini di halaman admin aplikasi (Aplikasi › BRM for Jira Service Management).',
  'issue.action.unavailable.noPermission':
    'Penandaan membuat isu Keluhan atau Pujian di {projectKey}, dan Anda tidak memiliki izin untuk membuat isu di sana. Mintalah izin “Buat isu” kepada admin proyek.',
} satisfies Translation<typeof enIssueAction>;
export default table;
