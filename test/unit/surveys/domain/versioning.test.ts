import { isEditable, planEdit, planPublish } from '#surveys/domain/versioning';

describe('questionnaire versions', () => {
  it('editing a published questionnaire makes a new draft after the latest version, copied from the published one', () => {
    expect(planEdit({ publishedVersion: 2, draftVersion: 0, latestVersion: 2 })).toEqual({ kind: 'new-draft', version: 3, copyOf: 2 });
  });

  it('editing again changes the open draft, never a published version', () => {
    expect(planEdit({ publishedVersion: 2, draftVersion: 3, latestVersion: 3 })).toEqual({ kind: 'edit-draft', version: 3 });
    expect(isEditable('published')).toBe(false);
    expect(isEditable('superseded')).toBe(false);
    expect(isEditable('draft')).toBe(true);
  });

  it('publishing freezes the draft and supersedes the version published before', () => {
    expect(planPublish({ publishedVersion: 2, draftVersion: 3 })).toEqual({
      ok: true,
      publish: 3,
      supersede: 2,
      head: { publishedVersion: 3, draftVersion: 0 },
    });
    expect(planPublish({ publishedVersion: 0, draftVersion: 1 })).toEqual({
      ok: true,
      publish: 1,
      supersede: null,
      head: { publishedVersion: 1, draftVersion: 0 },
    });
  });

  it('there is nothing to publish without a draft', () => {
    expect(planPublish({ publishedVersion: 3, draftVersion: 0 })).toEqual({ ok: false, problem: 'no-draft' });
  });

  it('a first questionnaire starts as draft 1', () => {
    expect(planEdit({ publishedVersion: 0, draftVersion: 0, latestVersion: 0 })).toEqual({ kind: 'new-draft', version: 1, copyOf: null });
  });
});
