import type { en } from '../en';
import type { Translation } from '../index';

const table = {
  'issue.feedback.kind.complaint': 'Keluhan',
  'issue.feedback.kind.compliment': 'Pujian',
  'issue.feedback.kindLower.complaint': 'keluhan',
  'issue.feedback.kindLower.compliment': 'pujian',
  'issue.feedback.hidden': 'Tidak terlihat oleh Anda',
  'issue.feedback.taggedOn': 'Ditandai pada {date}',

  'issue.customer.placeholder': 'Pilih pelanggan',
  'issue.customer.noOptions': 'Tidak ada pelanggan proyek ini dengan nama tersebut',
  'issue.customer.loadFailed': 'Pelanggan tidak dapat dimuat: {message}',
  'issue.service.placeholder': 'Pilih layanan',
  'issue.service.noOptions': 'Tidak ada layanan aktif dengan nama tersebut',
  'issue.service.loadFailed': 'Layanan tidak dapat dimuat: {message}',
  'issue.service.archived': '{name} (diarsipkan)',

  'issue.context.none': 'Tidak ditandai sebagai umpan balik pelanggan.',
  'issue.context.hint': 'Untuk menandainya, pilih “Umpan balik pelanggan…” di menu •••.',

  'issue.panel.customer': 'Pelanggan',
  'issue.panel.service': 'Layanan',
  'issue.panel.feedback': 'Umpan balik pelanggan',
  'issue.panel.notSet': 'Tidak ada',
  'issue.panel.edit': 'Edit',
  'issue.panel.editLabel': 'Edit {field}',
  'issue.panel.save': 'Simpan',
  'issue.panel.cancel': 'Batal',
  'issue.panel.check.changed.customer': 'Aplikasi mengubah Pelanggan pada {date}: {reason}',
  'issue.panel.check.cleared.customer': 'Aplikasi mengosongkan Pelanggan pada {date}: {reason}',
  'issue.panel.check.changed.service': 'Aplikasi mengubah Layanan pada {date}: {reason}',
  'issue.panel.check.cleared.service': 'Aplikasi mengosongkan Layanan pada {date}: {reason}',
  'issue.panel.notTagged': 'Tidak ditandai. Untuk mencatat keluhan atau pujian, pilih “Umpan balik pelanggan…” di menu •••.',

  'issue.field.label.brm-customer': 'Pelanggan',
  'issue.field.label.brm-service': 'Layanan',
  'issue.field.noIssue': 'Pilih ini setelah isu dibuat: pilihannya bergantung pada proyek isu tersebut.',
  'issue.field.save': 'Simpan',
  'issue.field.cancel': 'Batal',
  'issue.field.notAppField': 'Bidang ini bukan salah satu bidang Pelanggan atau Layanan milik aplikasi.',

  'common.loading': 'Memuat…',
  'common.retry': 'Coba lagi',
  'common.close': 'Tutup',
  'common.none': 'Tidak ada',
  'common.error.title': 'Terjadi kesalahan',
  'common.error.FORBIDDEN': 'Anda tidak memiliki izin untuk melakukan ini',
  'common.error.INVALID_INPUT': 'Sebagian informasi tidak valid',
  'common.error.NOT_FOUND': 'Kami tidak dapat menemukan yang Anda minta',
  'common.error.CONFLICT': 'Orang lain mengubah ini pada saat yang sama',
  'common.error.UPSTREAM': 'Jira tidak merespons seperti yang diharapkan',
  'common.error.INTERNAL': 'Terjadi kesalahan',
  'common.error.unreachable': 'Aplikasi tidak dapat dihubungi. Periksa koneksi Anda dan coba lagi.',
  'common.error.badAnswer':
    'Aplikasi merespons dengan cara yang tidak dipahami halaman ini. Muat ulang halaman; jika masalah terus terjadi, beri tahu admin Jira Anda.',
  'common.noIssue': 'Buka ini dari isu Jira untuk melihat detailnya.',
  'common.unknownModule': 'Bagian aplikasi ini tidak tersedia di sini.',
  'common.error.loadFailed': 'Bagian aplikasi ini tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.',
} satisfies Translation<typeof en>;
export default table;
