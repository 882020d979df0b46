import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import type { PresentedQuestionView } from '#surveys/portal-contract';
import { QUESTIONNAIRE_LIMITS } from '#surveys/portal-contract';
import { t } from '../shared/i18n';
import type { DraftProblem } from './answer-draft';

/** One question of the form: its text (the group's name), the control, and a problem if there is one. */
interface QuestionProps {
  question: PresentedQuestionView;
  value: number | boolean | string | undefined;
  problem: string | undefined;
  onChange: (value: number | boolean | string | undefined) => void;
  yes: string;
  no: string;
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

const legend: CSSProperties = {
  font: token('font.body'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text'),
  padding: 0,
  marginBottom: token('space.100'),
};
const errorText: CSSProperties = { font: token('font.body.small'), color: token('color.text.danger'), marginTop: token('space.050') };
const hint: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtlest') };

const optionStyle = (checked: boolean): CSSProperties => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minWidth: 36,
  height: 36,
  paddingInline: token('space.100'),
  borderRadius: token('radius.small', '4px'),
  border: `1px solid ${checked ? token('color.border.selected') : token('color.border.input')}`,
  background: checked ? token('color.background.selected') : token('color.background.input'),
  color: checked ? token('color.text.selected') : token('color.text'),
  font: token('font.body'),
  cursor: 'pointer',
  position: 'relative',
});

const radio: CSSProperties = { position: 'absolute', inset: 0, opacity: 0, margin: 0, cursor: 'pointer' };

export const problemMessage = (problem: DraftProblem | undefined): string | undefined =>
  problem === undefined
    ? undefined
    : problem.kind === 'required'
      ? t('survey.portal.pleaseAnswer')
      : t('survey.portal.tooLong', { max: problem.max, length: problem.length });

/** The question's text with its required mark, as the group's name. */
function QuestionText({ id, question }: { id: string; question: PresentedQuestionView }) {
  return (
    <div id={id} style={legend}>
      {question.text}
      {question.required ? (
        <>
          <span aria-hidden="true" style={{ color: token('color.text.danger') }}>
            {' '}
            *
          </span>
          <span style={visuallyHidden}> ({t('survey.portal.required')})</span>
        </>
      ) : null}
    </div>
  );
}

function Problem({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <div id={id} style={errorText} role="alert">
      {message}
    </div>
  ) : null;
}

/** Choices as a radio group: arrow keys move between them, each has a label, the group is named by the question. */
function Choices({
  question,
  options,
  value,
  onChange,
  problem,
  ends,
}: {
  question: PresentedQuestionView;
  options: { value: number | boolean; label: string }[];
  value: QuestionProps['value'];
  onChange: QuestionProps['onChange'];
  problem: string | undefined;
  ends?: ReactNode;
}) {
  const labelId = `q-${question.id}-label`;
  const endsId = `q-${question.id}-ends`;
  const problemId = `q-${question.id}-problem`;
  const describedBy = [ends ? endsId : undefined, problem ? problemId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div data-testid={`question-${question.id}`}>
      <QuestionText id={labelId} question={question} />
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-required={question.required}
        aria-invalid={problem !== undefined}
        style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075') }}
      >
        {options.map((option) => {
          const checked = value === option.value;
          const id = `q-${question.id}-${String(option.value)}`;
          return (
            <label key={String(option.value)} htmlFor={id} style={optionStyle(checked)}>
              <input type="radio" id={id} name={`q-${question.id}`} checked={checked} onChange={() => onChange(option.value)} style={radio} data-testid={id} />
              {option.label}
            </label>
          );
        })}
      </div>
      {ends ? (
        <div id={endsId} style={{ ...hint, marginTop: token('space.050') }}>
          {ends}
        </div>
      ) : null}
      <Problem id={problemId} message={problem} />
    </div>
  );
}

function Scale(props: QuestionProps) {
  const scale = props.question.scale;
  if (!scale) return null;
  const options = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({ value: scale.min + i, label: String(scale.min + i) }));
  const ends = (
    <span style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.200'), maxWidth: 44 * options.length }}>
      <span>
        {scale.min} = {scale.low}
      </span>
      <span>
        {scale.max} = {scale.high}
      </span>
    </span>
  );
  return <Choices question={props.question} options={options} value={props.value} onChange={props.onChange} problem={props.problem} ends={ends} />;
}

function YesNo(props: QuestionProps) {
  return (
    <Choices
      question={props.question}
      options={[
        { value: true, label: props.yes },
        { value: false, label: props.no },
      ]}
      value={props.value}
      onChange={props.onChange}
      problem={props.problem}
    />
  );
}

function FreeText(props: QuestionProps) {
  const id = `q-${props.question.id}`;
  const labelId = `${id}-label`;
  const countId = `${id}-count`;
  const problemId = `${id}-problem`;
  const text = typeof props.value === 'string' ? props.value : '';
  const max = QUESTIONNAIRE_LIMITS.textAnswerLength;
  return (
    <div data-testid={`question-${props.question.id}`}>
      <label htmlFor={id} id={labelId} style={{ display: 'block' }}>
        <QuestionText id={`${id}-text`} question={props.question} />
      </label>
      <textarea
        id={id}
        value={text}
        rows={4}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-required={props.question.required}
        aria-invalid={props.problem !== undefined}
        aria-describedby={[countId, props.problem ? problemId : undefined].filter(Boolean).join(' ')}
        style={{
          width: '100%',
          boxSizing: 'border-box',
          font: token('font.body'),
          color: token('color.text'),
          background: token('color.background.input'),
          border: `1px solid ${props.problem ? token('color.border.danger') : token('color.border.input')}`,
          borderRadius: token('radius.small', '4px'),
          padding: token('space.100'),
          resize: 'vertical',
        }}
        data-testid={id}
      />
      <div id={countId} style={hint}>
        {t('survey.portal.characters', { length: text.trim().length, max })}
      </div>
      <Problem id={problemId} message={props.problem} />
    </div>
  );
}

export function Question(props: QuestionProps) {
  switch (props.question.kind) {
    case 'rating':
    case 'nps':
    case 'ces':
      return <Scale {...props} />;
    case 'yes-no':
      return <YesNo {...props} />;
    case 'text':
      return <FreeText {...props} />;
  }
}
