import { Combobox, ComboboxOption, Field, TextInput } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/content-manager/strapi-admin';
import type { AdminCommuneList, MyCommunes } from '@commune/commune-tenancy/shared';
import { useFetchClient, useField } from '@strapi/strapi/admin';
import * as React from 'react';
import { customInputProps } from '../custom-input-props';
import { relationValue } from '../relation-value';
import { COMMUNE } from './commune-field';

interface RelationsAnswer {
  results?: unknown[];
}

type Mine = MyCommunes['data'];

/** The caller's communes (`/commune-tenancy/me/communes`), null while loading or on failure. */
function useMyCommunes(): Mine | null {
  const { get } = useFetchClient();
  const [mine, setMine] = React.useState<Mine | null>(null);
  React.useEffect(() => {
    let current = true;
    get<MyCommunes>('/commune-tenancy/me/communes').then(
      (response) => current && setMine(response.data.data),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [get]);
  return mine;
}

/** The commune a saved item belongs to: its documentId, and its name when the caller may read it. */
function useLinkedCommune(
  model: string,
  documentId: string | undefined,
  field: string,
): { documentId: string; name: string | null } | null {
  const { get } = useFetchClient();
  const [linked, setLinked] = React.useState<{ documentId: string; name: string | null } | null>(null);
  React.useEffect(() => {
    if (!documentId || documentId === 'create') return;
    let current = true;
    get<RelationsAnswer>(`/content-manager/relations/${model}/${encodeURIComponent(documentId)}/${field}`, {
      params: { page: 1, pageSize: 1 },
    }).then(
      (response) => {
        const [entry] = response.data.results ?? [];
        if (!current || typeof entry !== 'object' || entry === null) return;
        const { documentId: id, name } = entry as { documentId?: unknown; name?: unknown };
        if (typeof id === 'string') setLinked({ documentId: id, name: typeof name === 'string' ? name : null });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [get, model, documentId, field]);
  return linked;
}

const HINT_NEW = 'Nội dung mới được lưu vào xã, phường bạn đang làm việc.';
const HINT_SAVED = 'Nội dung thuộc xã, phường này; không đổi ở đây được.';
const NONE_CHOSEN = 'Chưa chọn xã đang làm việc: hãy chọn ở khung “Xã đang làm việc” bên phải.';

/**
 * The "Xã, phường" field: the commune's name, read-only (commune staff never choose it: their
 * items go to the commune they work in, and the server enforces it); province accounts choose
 * the commune of a new item by name.
 */
export default function CommuneFieldInput(props: object) {
  const { name, label } = customInputProps(props, 'Xã, phường');
  const { model, id } = useContentManagerContext();
  const mine = useMyCommunes();
  const creating = !id || id === 'create';
  const linked = useLinkedCommune(model, id, name);

  if (mine?.allCommunes && creating) return <ProvinceChoice name={name} label={label} />;

  const shownId = creating ? mine?.current : linked?.documentId;
  const shownName = linked?.name ?? mine?.communes.find((commune) => commune.documentId === shownId)?.name ?? null;
  const waiting = mine === null || (!creating && linked === null);
  const text = shownName ?? (waiting ? 'Đang tải…' : '');
  const hint = creating && mine !== null && !mine.allCommunes && mine.current === null ? NONE_CHOSEN : creating ? HINT_NEW : HINT_SAVED;
  return (
    <Field.Root name={name} hint={hint} width="100%">
      <Field.Label>{label}</Field.Label>
      <TextInput value={text} readOnly aria-readonly="true" />
      <Field.Hint />
    </Field.Root>
  );
}

/**
 * Province IT creating an item picks its commune by name, searched on the server (3,300 of them
 * one day) through the communes list of Settings → Xã, phường, which ignores accents.
 */
function ProvinceChoice({ name, label }: { name: string; label: string }) {
  const { get } = useFetchClient();
  const { value, onChange, error } = useField<{ connect?: Array<{ documentId?: string; label?: string }> } | null>(name);
  const [query, setQuery] = React.useState('');
  const [options, setOptions] = React.useState<AdminCommuneList['data']>([]);
  const chosen = value?.connect?.[0];

  React.useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      get<AdminCommuneList>('/commune-tenancy/communes-admin', { params: { page: 1, pageSize: 20, ...(query ? { q: query } : {}) } }).then(
        (response) => current && setOptions(response.data.data),
        () => undefined,
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [get, query]);

  return (
    <Field.Root name={name} required error={error} hint="Gõ vài chữ của tên xã, phường rồi chọn." width="100%">
      <Field.Label>{label}</Field.Label>
      <Combobox
        value={chosen?.documentId}
        textValue={chosen?.label}
        autocomplete={{ type: 'list', filter: 'contains' }}
        onInputChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
        onChange={(documentId?: string) => {
          const entry = options.find((option) => option.documentId === documentId);
          onChange(
            name,
            entry ? relationValue({ documentId: entry.documentId, name: entry.name }, COMMUNE) : { connect: [], disconnect: [] },
          );
        }}
        placeholder="Chọn xã, phường"
      >
        {options.map((option) => (
          <ComboboxOption key={option.documentId} value={option.documentId}>
            {option.name}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
