import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { router } from '@forge/bridge';
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { DEFAULT_PAGE_SIZE, type RegisterRow, type RegisterSort } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { QuietButton } from '../shared/ui/QuietButton';
import { registerClient } from './client';
import { ExportCsv } from './ExportCsv';
import { DEFAULT_SORT, EMPTY_FILTER, filterOf, type FilterDraft } from './filter-state';
import { Filters } from './Filters';
import { RegisterTable } from './RegisterTable';

const noInput = {};

/**
 * The complaint register: filters, a sortable table of the complaints the viewer may browse,
 * paged ("Show more" asks for the next page with Jira's page token), a link that opens the same
 * search in Jira's issue search, and the CSV export of every page.
 */
export function RegisterPage({ project, siteUrl }: { project?: { id: string; key: string; name?: string }; siteUrl: string }) {
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_FILTER);
  const [sort, setSort] = useState<RegisterSort>(DEFAULT_SORT);
  const filter = useMemo(() => filterOf(draft), [draft]);
  const first = useCall(registerClient, 'getRegisterPage', { filter, sort, pageSize: DEFAULT_PAGE_SIZE });
  const options = useCall(registerClient, 'getRegisterOptions', noInput);
  const [more, setMore] = useState<{ rows: RegisterRow[]; token: string | null; loading: boolean; error?: CallError }>({
    rows: [],
    token: null,
    loading: false,
  });

  // A new first page (other filters or sort) starts the list again.
  useEffect(() => setMore({ rows: [], token: first.data?.nextPageToken ?? null, loading: false }), [first.data]);

  const rows = [...(first.data?.rows ?? []), ...more.rows];
  const jql = first.data?.jql;
  const searchUrl = jql ? `${siteUrl}/issues/?jql=${encodeURIComponent(jql)}` : undefined;

  const loadMore = async () => {
    if (!more.token || more.loading) return;
    setMore({ ...more, loading: true });
    const page = await registerClient.call('getRegisterPage', { filter, sort, pageSize: DEFAULT_PAGE_SIZE, nextPageToken: more.token });
    setMore((current) =>
      page.ok
        ? { rows: [...current.rows, ...page.data.rows], token: page.data.nextPageToken, loading: false }
        : { ...current, loading: false, error: page.error },
    );
  };
  const openSearch = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!searchUrl) return;
    event.preventDefault();
    void router.open(searchUrl).catch(() => undefined);
  };

  return (
    <Box padding="space.300">
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading size="large" as="h1">
            {t('register.title')}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {project ? t('register.intro.project', { project: project.name ?? project.key }) : t('register.intro.global')}
          </Text>
        </Stack>
        <Filters draft={draft} onChange={setDraft} options={options.data} showProjects={!project} />
        <Inline space="space.200" alignBlock="center" shouldWrap>
          {searchUrl ? (
            <a href={searchUrl} onClick={openSearch} data-testid="open-in-search">
              {t('register.openInSearch')}
            </a>
          ) : null}
          <ExportCsv filter={filter} sort={sort} />
        </Inline>
        {first.error && !first.data ? <ErrorMessage error={first.error} onRetry={first.reload} /> : null}
        <RegisterTable rows={rows} loading={first.loading} sort={sort} onSort={setSort} showProject={!project} />
        {more.error ? <ErrorMessage error={more.error} /> : null}
        <Inline space="space.200" alignBlock="center">
          <Text size="small" color="color.text.subtle" testId="register-shown">
            {t('register.shown', { count: rows.length })}
          </Text>
          {more.token ? (
            <QuietButton onClick={() => void loadMore()} disabled={more.loading} testId="register-more">
              {t('register.loadMore')}
            </QuietButton>
          ) : null}
        </Inline>
      </Stack>
    </Box>
  );
}
