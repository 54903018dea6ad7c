import { backupName, backupTime, keysOfFileRow } from '../manifest';
import { mediaStorageFromEnv, storedFolder } from '../../../../cms/src/domain/media-storage';

describe('backup names and stored keys', () => {
  it('names a backup by its UTC time, and reads it back', () => {
    const when = new Date(Date.UTC(2026, 11, 6, 2, 30, 5));
    expect(backupName(when)).toBe('commune-backup-2026-12-06T023005Z');
    expect(backupTime(backupName(when))?.getTime()).toBe(when.getTime());
    expect(backupTime('commune-backup-2026-12-06T023005Z.partial')).toBeNull();
  });

  it('lists the keys a media library row names (original and formats), on disk and on S3', () => {
    const row = {
      url: '/uploads/khanh-khe/khanh-khe_anh_ab12.jpg',
      formats: { thumbnail: { url: '/uploads/khanh-khe/thumbnail_khanh-khe_anh_ab12.jpg' }, small: null },
    };
    expect(keysOfFileRow(row, null)).toEqual(['khanh-khe/khanh-khe_anh_ab12.jpg', 'khanh-khe/thumbnail_khanh-khe_anh_ab12.jpg']);
    expect(
      keysOfFileRow({ url: 'https://cdn.tinh.gov.vn/media/_province/logo_ab.png', formats: null }, 'https://cdn.tinh.gov.vn/media'),
    ).toEqual(['_province/logo_ab.png']);
    expect(keysOfFileRow({ url: 'https://elsewhere.example/x.png', formats: '{}' }, null)).toEqual([]);
  });
});

describe('media storage from the environment', () => {
  it('is the local disk unless S3 is asked for', () => {
    expect(mediaStorageFromEnv({})).toEqual({ kind: 'local' });
    expect(mediaStorageFromEnv({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'b' })).toEqual({ kind: 'local' });
  });

  it('selects S3 by UPLOAD_PROVIDER=s3 or S3_BUCKET, with clear errors for incomplete settings', () => {
    expect(
      mediaStorageFromEnv({
        S3_BUCKET: 'media',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    ).toEqual({
      kind: 's3',
      bucket: 'media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
      publicUrl: null,
    });
    expect(() => mediaStorageFromEnv({ UPLOAD_PROVIDER: 's3' })).toThrow('UPLOAD_PROVIDER=s3 needs S3_BUCKET');
    expect(() => mediaStorageFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
    );
    expect(() => mediaStorageFromEnv({ UPLOAD_PROVIDER: 'ftp' })).toThrow('UPLOAD_PROVIDER must be "local" or "s3"');
    expect(() => mediaStorageFromEnv({ S3_BUCKET: 'b', S3_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(
      'S3_PUBLIC_URL must be an http(s) URL',
    );
  });
});

describe('the S3 key folder of a stored URL', () => {
  it('is what the provider needs to delete or replace the object the row names', () => {
    expect(storedFolder('/uploads/khanh-khe/khanh-khe_anh_ab12.jpg', null)).toBe('khanh-khe');
    expect(storedFolder('/uploads/_province/thumbnail_logo_ab.png', null)).toBe('_province');
    expect(storedFolder('/uploads/seed_ab12.jpg', null)).toBeUndefined();
    expect(storedFolder('https://cdn.tinh.gov.vn/m/son-giang/a.png', 'https://cdn.tinh.gov.vn/m')).toBe('son-giang');
    expect(storedFolder('https://elsewhere.example/a/b.png', null)).toBeUndefined();
  });
});
