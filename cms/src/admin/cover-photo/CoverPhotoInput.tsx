import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Image, Trash } from '@strapi/icons';
import { useFetchClient, useField, useStrapiApp } from '@strapi/strapi/admin';
import * as React from 'react';
import { customInputProps } from '../custom-input-props';
import { type PhotoFile, thumbnailUrl, uploadErrorMessage, uploadPhoto } from './upload-photo';

/** The form value of a `media.figure` component (see cms/src/components/media/figure.json). */
interface Figure {
  id?: number;
  image?: PhotoFile | null;
  alt?: string | null;
  caption?: string | null;
}

/** The upload plugin's library dialog, as it registers it (`app.components['media-library']`). */
type LibraryDialog = React.ComponentType<{
  allowedTypes: string[];
  multiple: boolean;
  onClose: () => void;
  onSelectAssets: (assets: PhotoFile[]) => void;
}>;

const ALT_HINT = 'Tả ngắn những gì thấy trong ảnh để người khiếm thị nghe được, ví dụ: “Người dân thôn Nà Lầu đổ bê tông đường liên thôn”.';

/**
 * The cover photo in one step: pick a file (or drop it, or take one from the library) and it is
 * uploaded at once; the description the law asks for is asked right below the picture, focused,
 * with an example. Replaces Strapi's nested component form for the article's cover.
 */
export default function CoverPhotoInput(props: object) {
  const { name, label, hint, disabled } = customInputProps(props, 'Ảnh đại diện');
  const { value, onChange } = useField<Figure | null>(name);
  const alt = useField<string | null>(`${name}.alt`);
  const caption = useField<string | null>(`${name}.caption`);
  const imageError = useField(`${name}.image`).error;
  const { post } = useFetchClient();
  const components = useStrapiApp('CoverPhotoInput', (app) => app.components) as Record<string, unknown>;
  const Library = components['media-library'] as LibraryDialog | undefined;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const altInput = React.useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = React.useState(false);
  const [justChosen, setJustChosen] = React.useState(false);
  const image = value?.image ?? null;
  const labelId = `${React.useId()}-label`;

  // Once a photo is in, the next thing to do is to describe it: put the cursor there.
  React.useEffect(() => {
    if (justChosen && image) {
      altInput.current?.focus();
      setJustChosen(false);
    }
  }, [justChosen, image]);

  const choose = (file: PhotoFile): void => {
    // A new photo needs its own description: the old one described another picture.
    onChange(name, { ...(value ?? {}), image: file, alt: file.alternativeText ?? '', caption: value?.caption ?? '' });
    setJustChosen(true);
  };

  const upload = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setFailure(`Tệp “${file.name}” không phải là ảnh. Hãy chọn một tệp ảnh (JPG, PNG, WebP).`);
      return;
    }
    setUploading(true);
    setFailure(null);
    try {
      choose(await uploadPhoto(post, file));
    } catch (error) {
      setFailure(
        uploadErrorMessage(error, `Chưa tải được ảnh “${file.name}” lên. Hãy thử lại; nếu vẫn lỗi, báo cán bộ công nghệ thông tin.`),
      );
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const pickFile = (): void => fileInput.current?.click();

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="pi" fontWeight="bold" textColor="neutral800">
        {label}
      </Typography>
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        hidden
        aria-label="Chọn ảnh đại diện từ máy"
        data-testid="cover-photo-file"
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      <Box
        padding={4}
        hasRadius
        borderStyle="dashed"
        borderWidth="1px"
        borderColor={imageError || failure ? 'danger600' : 'neutral300'}
        background="neutral100"
        onDragOver={(event: React.DragEvent) => event.preventDefault()}
        onDrop={(event: React.DragEvent) => {
          event.preventDefault();
          if (!disabled) void upload(event.dataTransfer.files[0]);
        }}
      >
        {image ? (
          <Flex gap={4} alignItems="flex-start" wrap="wrap">
            <img
              src={thumbnailUrl(image)}
              alt={value?.alt ?? ''}
              style={{ maxWidth: 240, maxHeight: 160, objectFit: 'cover', borderRadius: 4 }}
            />
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography variant="pi" textColor="neutral600">
                {image.name}
              </Typography>
              <Flex gap={2} wrap="wrap">
                <Button
                  variant="secondary"
                  size="S"
                  startIcon={<Image />}
                  onClick={pickFile}
                  disabled={disabled || uploading}
                  loading={uploading}
                >
                  Đổi ảnh khác
                </Button>
                <Button
                  variant="danger-light"
                  size="S"
                  startIcon={<Trash />}
                  onClick={() => onChange(name, null)}
                  disabled={disabled || uploading}
                >
                  Bỏ ảnh này
                </Button>
              </Flex>
            </Flex>
          </Flex>
        ) : (
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Flex gap={2} wrap="wrap">
              <Button size="L" startIcon={<Image />} onClick={pickFile} disabled={disabled || uploading} loading={uploading}>
                {uploading ? 'Đang tải ảnh lên…' : 'Chọn ảnh từ máy'}
              </Button>
              {Library && (
                <Button size="L" variant="tertiary" onClick={() => setLibraryOpen(true)} disabled={disabled || uploading}>
                  Lấy ảnh trong thư viện
                </Button>
              )}
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              Hoặc kéo thả một ảnh vào đây. Ảnh được tải lên ngay.
            </Typography>
          </Flex>
        )}
        {failure && (
          <Box paddingTop={2} role="alert">
            <Typography textColor="danger600">{failure}</Typography>
          </Box>
        )}
      </Box>
      {hint && (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
      {imageError && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {imageError}
        </Typography>
      )}

      {image && (
        <>
          <Field.Root name={`${name}.alt`} required error={alt.error} hint={ALT_HINT}>
            <Field.Label>Mô tả ảnh</Field.Label>
            <TextInput
              ref={altInput}
              value={alt.value ?? ''}
              disabled={disabled}
              maxLength={250}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => alt.onChange(`${name}.alt`, event.target.value)}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Field.Root name={`${name}.caption`} hint="Dòng chữ in dưới ảnh trên trang, nếu cần (không bắt buộc).">
            <Field.Label>Chú thích ảnh</Field.Label>
            <TextInput
              value={caption.value ?? ''}
              disabled={disabled}
              maxLength={500}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => caption.onChange(`${name}.caption`, event.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </>
      )}
      {libraryOpen && Library && (
        <Library
          allowedTypes={['images']}
          multiple={false}
          onClose={() => setLibraryOpen(false)}
          onSelectAssets={(assets) => {
            const [chosen] = assets;
            setLibraryOpen(false);
            if (chosen) choose(chosen);
          }}
        />
      )}
    </Flex>
  );
}
