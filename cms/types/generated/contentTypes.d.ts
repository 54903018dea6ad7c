import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> & Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> & Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    deviceId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime & Schema.Attribute.Required & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> & Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private & Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    userId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> & Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiArticleArticle extends Struct.CollectionTypeSchema {
  collectionName: 'articles';
  info: {
    description: 'Tin (tin ng\u1EAFn) v\u00E0 b\u00E0i (b\u00E0i vi\u1EBFt d\u00E0i) \u0111\u0103ng tr\u00EAn trang c\u1EE7a x\u00E3';
    displayName: 'Tin b\u00E0i';
    pluralName: 'articles';
    singularName: 'article';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    authorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    body: Schema.Attribute.Blocks;
    category: Schema.Attribute.Relation<'manyToOne', 'api::category.category'>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    cover: Schema.Attribute.Component<'media.figure', false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    featured: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    gallery: Schema.Attribute.Component<'media.figure', true>;
    kind: Schema.Attribute.Enumeration<['tin', 'bai']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'tin'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::article.article'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    source: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    tags: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiBiddingNoticeBiddingNotice extends Struct.CollectionTypeSchema {
  collectionName: 'bidding_notices';
  info: {
    description: 'K\u1EBF ho\u1EA1ch l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u, th\u00F4ng b\u00E1o m\u1EDDi th\u1EA7u, k\u1EBFt qu\u1EA3 l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u v\u00E0 mua s\u1EAFm c\u00F4ng c\u1EE7a x\u00E3 (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m d)';
    displayName: '\u0110\u1EA5u th\u1EA7u \u2013 Mua s\u1EAFm c\u00F4ng';
    pluralName: 'bidding-notices';
    singularName: 'bidding-notice';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    closingDate: Schema.Attribute.Date;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    contractValue: Schema.Attribute.BigInteger;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::bidding-notice.bidding-notice'> & Schema.Attribute.Private;
    noticeDate: Schema.Attribute.Date & Schema.Attribute.Required;
    noticeKind: Schema.Attribute.Enumeration<
      [
        'K\u1EBF ho\u1EA1ch l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u',
        'Th\u00F4ng b\u00E1o m\u1EDDi th\u1EA7u',
        'K\u1EBFt qu\u1EA3 l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u',
        'Mua s\u1EAFm c\u00F4ng',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'Th\u00F4ng b\u00E1o m\u1EDDi th\u1EA7u'>;
    packageName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    packageValue: Schema.Attribute.BigInteger;
    project: Schema.Attribute.Relation<'manyToOne', 'api::investment-project.investment-project'>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    winner: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface ApiBudgetReportBudgetReport extends Struct.CollectionTypeSchema {
  collectionName: 'budget_reports';
  info: {
    description: 'D\u1EF1 to\u00E1n, t\u00ECnh h\u00ECnh th\u1EF1c hi\u1EC7n theo qu\u00FD, s\u00E1u th\u00E1ng, n\u0103m, quy\u1EBFt to\u00E1n ng\u00E2n s\u00E1ch v\u00E0 b\u00E1o c\u00E1o t\u00E0i ch\u00EDnh n\u0103m c\u1EE7a x\u00E3 (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 17 kho\u1EA3n 1 \u0111i\u1EC3m \u0111, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m e)';
    displayName: 'C\u00F4ng khai ng\u00E2n s\u00E1ch';
    pluralName: 'budget-reports';
    singularName: 'budget-report';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    approvingDocument: Schema.Attribute.Relation<'manyToOne', 'api::document.document'>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    disclosedOn: Schema.Attribute.Date & Schema.Attribute.Required;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    lines: Schema.Attribute.Component<'budget.line', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::budget-report.budget-report'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reportKind: Schema.Attribute.Enumeration<
      [
        'D\u1EF1 to\u00E1n',
        'Th\u1EF1c hi\u1EC7n qu\u00FD I',
        'Th\u1EF1c hi\u1EC7n 6 th\u00E1ng',
        'Th\u1EF1c hi\u1EC7n 9 th\u00E1ng',
        'Th\u1EF1c hi\u1EC7n c\u1EA3 n\u0103m',
        'Quy\u1EBFt to\u00E1n',
        'B\u00E1o c\u00E1o t\u00E0i ch\u00EDnh n\u0103m',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'D\u1EF1 to\u00E1n'>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiCategoryCategory extends Struct.CollectionTypeSchema {
  collectionName: 'categories';
  info: {
    description: 'C\u00E2y chuy\u00EAn m\u1EE5c tin t\u1EE9c c\u1EE7a x\u00E3';
    displayName: 'Chuy\u00EAn m\u1EE5c';
    pluralName: 'categories';
    singularName: 'category';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    articles: Schema.Attribute.Relation<'oneToMany', 'api::article.article'>;
    children: Schema.Attribute.Relation<'oneToMany', 'api::category.category'>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::category.category'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    parent: Schema.Attribute.Relation<'manyToOne', 'api::category.category'>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiConsultationConsultation extends Struct.CollectionTypeSchema {
  collectionName: 'consultations';
  info: {
    description: 'D\u1EF1 th\u1EA3o v\u0103n b\u1EA3n \u0111\u01B0a ra l\u1EA5y \u00FD ki\u1EBFn nh\u00E2n d\u00E2n, th\u1EDDi h\u1EA1n g\u00F3p \u00FD v\u00E0 b\u00E1o c\u00E1o ti\u1EBFp thu, gi\u1EA3i tr\u00ECnh (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 17 kho\u1EA3n 1 \u0111i\u1EC3m c)';
    displayName: 'L\u1EA5y \u00FD ki\u1EBFn d\u1EF1 th\u1EA3o';
    pluralName: 'consultations';
    singularName: 'consultation';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    adoptedDocument: Schema.Attribute.Relation<'manyToOne', 'api::document.document'>;
    body: Schema.Attribute.Blocks;
    closesAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    commentVisibility: Schema.Attribute.Enumeration<['C\u00F4ng khai sau khi duy\u1EC7t', 'Kh\u00F4ng c\u00F4ng khai']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'C\u00F4ng khai sau khi duy\u1EC7t'>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    draftingAgency: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::consultation.consultation'> & Schema.Attribute.Private;
    opensAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    resultFiles: Schema.Attribute.Media<'files' | 'images', true>;
    resultPublishedOn: Schema.Attribute.Date;
    resultSummary: Schema.Attribute.Blocks;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiContactContact extends Struct.CollectionTypeSchema {
  collectionName: 'contacts';
  info: {
    description: '\u0110\u01A1n v\u1ECB, b\u1ED9 ph\u1EADn c\u1EE7a x\u00E3 v\u00E0 c\u00E1ch li\u00EAn h\u1EC7';
    displayName: 'Th\u00F4ng tin li\u00EAn h\u1EC7';
    pluralName: 'contacts';
    singularName: 'contact';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::contact.contact'> & Schema.Attribute.Private;
    officeHours: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    personName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Enumeration<
      [
        'V\u0103n ph\u00F2ng',
        'B\u1ED9 ph\u1EADn m\u1ED9t c\u1EEDa',
        'Ng\u01B0\u1EDDi ph\u00E1t ng\u00F4n',
        'Ti\u1EBFp nh\u1EADn ph\u1EA3n \u00E1nh, ki\u1EBFn ngh\u1ECB',
        'C\u00F4ng an',
        'Qu\u00E2n s\u1EF1',
        'Kh\u00E1c',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'Kh\u00E1c'>;
    unitName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unitNameEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiDocumentDocument extends Struct.CollectionTypeSchema {
  collectionName: 'documents';
  info: {
    description: 'V\u0103n b\u1EA3n c\u1EE7a x\u00E3 theo Ngh\u1ECB \u0111\u1ECBnh 30/2020/N\u0110-CP: s\u1ED1, k\u00FD hi\u1EC7u, ng\u00E0y ban h\u00E0nh, hi\u1EC7u l\u1EF1c, tr\u00EDch y\u1EBFu v\u00E0 t\u1EC7p \u0111\u00EDnh k\u00E8m';
    displayName: 'V\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o \u0111i\u1EC1u h\u00E0nh';
    pluralName: 'documents';
    singularName: 'document';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    documentType: Schema.Attribute.Enumeration<
      [
        'Ngh\u1ECB quy\u1EBFt',
        'Quy\u1EBFt \u0111\u1ECBnh',
        'Ch\u1EC9 th\u1ECB',
        'Quy ch\u1EBF',
        'Quy \u0111\u1ECBnh',
        'Th\u00F4ng c\u00E1o',
        'Th\u00F4ng b\u00E1o',
        'H\u01B0\u1EDBng d\u1EABn',
        'Ch\u01B0\u01A1ng tr\u00ECnh',
        'K\u1EBF ho\u1EA1ch',
        'Ph\u01B0\u01A1ng \u00E1n',
        '\u0110\u1EC1 \u00E1n',
        'D\u1EF1 \u00E1n',
        'B\u00E1o c\u00E1o',
        'Bi\u00EAn b\u1EA3n',
        'T\u1EDD tr\u00ECnh',
        'H\u1EE3p \u0111\u1ED3ng',
        'C\u00F4ng v\u0103n',
        'C\u00F4ng \u0111i\u1EC7n',
        'B\u1EA3n ghi nh\u1EDB',
        'B\u1EA3n th\u1ECFa thu\u1EADn',
        'Gi\u1EA5y \u1EE7y quy\u1EC1n',
        'Gi\u1EA5y m\u1EDDi',
        'Gi\u1EA5y gi\u1EDBi thi\u1EC7u',
        'Gi\u1EA5y ngh\u1EC9 ph\u00E9p',
        'Phi\u1EBFu g\u1EEDi',
        'Phi\u1EBFu chuy\u1EC3n',
        'Phi\u1EBFu b\u00E1o',
        'Th\u01B0 c\u00F4ng',
        'Lu\u1EADt',
        'Ngh\u1ECB \u0111\u1ECBnh',
        'Th\u00F4ng t\u01B0',
        'V\u0103n b\u1EA3n kh\u00E1c',
      ]
    > &
      Schema.Attribute.Required;
    effectiveDate: Schema.Attribute.Date;
    expiryDate: Schema.Attribute.Date;
    field: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    files: Schema.Attribute.Media<'files' | 'images', true> & Schema.Attribute.Required;
    issueDate: Schema.Attribute.Date & Schema.Attribute.Required;
    issuingBody: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::document.document'> & Schema.Attribute.Private;
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    numberSymbol: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 90;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    relatedDocuments: Schema.Attribute.Component<'document.related-document', true>;
    signer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    signerPosition: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    symbol: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiInfoAccessInfoAccess extends Struct.CollectionTypeSchema {
  collectionName: 'info_accesses';
  info: {
    description: 'Chuy\u00EAn m\u1EE5c ti\u1EBFp c\u1EADn th\u00F4ng tin: \u0111\u1EA7u m\u1ED1i ti\u1EBFp nh\u1EADn y\u00EAu c\u1EA7u, c\u00E1ch y\u00EAu c\u1EA7u, m\u1EABu phi\u1EBFu v\u00E0 danh m\u1EE5c th\u00F4ng tin ph\u1EA3i c\u00F4ng khai (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m g; Ngh\u1ECB \u0111\u1ECBnh 13/2018/N\u0110-CP, \u0110i\u1EC1u 11)';
    displayName: 'Ti\u1EBFp c\u1EADn th\u00F4ng tin';
    pluralName: 'info-accesses';
    singularName: 'info-access';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    contactPerson: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    contactUnit: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email;
    extraItems: Schema.Attribute.Component<'info-access.item', true>;
    forms: Schema.Attribute.Media<'files', true>;
    howToRequest: Schema.Attribute.Blocks;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::info-access.info-access'> & Schema.Attribute.Private;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    receivingHours: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiInvestmentProjectInvestmentProject extends Struct.CollectionTypeSchema {
  collectionName: 'investment_projects';
  info: {
    description: 'Ch\u01B0\u01A1ng tr\u00ECnh, d\u1EF1 \u00E1n \u0111\u1EA7u t\u01B0 c\u00F4ng tr\u00EAn \u0111\u1ECBa b\u00E0n x\u00E3: ch\u1EE7 \u0111\u1EA7u t\u01B0, t\u1ED5ng m\u1EE9c \u0111\u1EA7u t\u01B0, ngu\u1ED3n v\u1ED1n, \u0111\u1ECBa \u0111i\u1EC3m, th\u1EDDi gian, ti\u1EBFn \u0111\u1ED9 (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m d)';
    displayName: 'D\u1EF1 \u00E1n \u0111\u1EA7u t\u01B0 c\u00F4ng';
    pluralName: 'investment-projects';
    singularName: 'investment-project';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    approvingDocument: Schema.Attribute.Relation<'manyToOne', 'api::document.document'>;
    capitalSource: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endYear: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1945;
        },
        number
      >;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    investor: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::investment-project.investment-project'> & Schema.Attribute.Private;
    location: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    progress: Schema.Attribute.Component<'investment.progress-update', true>;
    projectStatus: Schema.Attribute.Enumeration<
      [
        'Chu\u1EA9n b\u1ECB \u0111\u1EA7u t\u01B0',
        '\u0110ang th\u1EF1c hi\u1EC7n',
        'T\u1EA1m d\u1EEBng',
        '\u0110\u00E3 ho\u00E0n th\u00E0nh',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'\u0110ang th\u1EF1c hi\u1EC7n'>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    startYear: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1945;
        },
        number
      >;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    totalCapital: Schema.Attribute.BigInteger & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiMaintenanceWindowMaintenanceWindow extends Struct.CollectionTypeSchema {
  collectionName: 'maintenance_windows';
  info: {
    description: 'Th\u1EDDi gian h\u1EC7 th\u1ED1ng t\u1EA1m d\u1EEBng \u0111\u1EC3 b\u1EA3o tr\u00EC; c\u00E1c trang x\u00E3 b\u00E1o tr\u01B0\u1EDBc 72 gi\u1EDD v\u00E0 ph\u1EE5c v\u1EE5 b\u1EA3n l\u01B0u trong th\u1EDDi gian b\u1EA3o tr\u00EC. Ch\u1EC9 qu\u1EA3n tr\u1ECB t\u1EC9nh \u0111\u01B0\u1EE3c l\u00EAn l\u1ECBch.';
    displayName: 'L\u1ECBch b\u1EA3o tr\u00EC';
    pluralName: 'maintenance-windows';
    singularName: 'maintenance-window';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
  };
  attributes: {
    allCommunes: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<true>;
    communes: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::maintenance-window.maintenance-window'> & Schema.Attribute.Private;
    message: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    startsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiOfficialOfficial extends Struct.CollectionTypeSchema {
  collectionName: 'officials';
  info: {
    description: 'L\u00E3nh \u0111\u1EA1o v\u00E0 c\u00E1n b\u1ED9 x\u00E3 k\u00E8m ch\u1EE9c v\u1EE5, \u0111i\u1EC7n tho\u1EA1i, th\u01B0 \u0111i\u1EC7n t\u1EED c\u00F4ng v\u1EE5';
    displayName: 'L\u00E3nh \u0111\u1EA1o, c\u00E1n b\u1ED9';
    pluralName: 'officials';
    singularName: 'official';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    biography: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3000;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    duties: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3000;
      }>;
    email: Schema.Attribute.Email;
    fullName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::official.official'> & Schema.Attribute.Private;
    order: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    photo: Schema.Attribute.Media<'images'>;
    position: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    positionEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    termEnd: Schema.Attribute.Date;
    termStart: Schema.Attribute.Date;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPagePage extends Struct.CollectionTypeSchema {
  collectionName: 'pages';
  info: {
    description: 'C\u00E1c m\u1EE5c gi\u1EDBi thi\u1EC7u c\u1EE7a x\u00E3: t\u1ED5ng quan, l\u1ECBch s\u1EED, \u0111i\u1EC1u ki\u1EC7n t\u1EF1 nhi\u00EAn, v\u0103n h\u00F3a, c\u01A1 c\u1EA5u t\u1ED5 ch\u1EE9c, b\u1EA3n \u0111\u1ED3 \u0111\u1ECBa gi\u1EDBi';
    displayName: 'Trang gi\u1EDBi thi\u1EC7u';
    pluralName: 'pages';
    singularName: 'page';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
    i18n: {
      localized: true;
    };
  };
  attributes: {
    body: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::page.page'>;
    map: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    mapGeoJson: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    section: Schema.Attribute.Enumeration<['overview', 'history', 'natural_conditions', 'culture', 'organisation', 'boundary_map']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: false;
        };
      }>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPlanPlan extends Struct.CollectionTypeSchema {
  collectionName: 'plans';
  info: {
    description: 'Chi\u1EBFn l\u01B0\u1EE3c, ch\u01B0\u01A1ng tr\u00ECnh, quy ho\u1EA1ch, k\u1EBF ho\u1EA1ch v\u00E0 ch\u01B0\u01A1ng tr\u00ECnh c\u00F4ng t\u00E1c n\u0103m c\u1EE7a x\u00E3, k\u00E8m v\u0103n b\u1EA3n ph\u00EA duy\u1EC7t v\u00E0 k\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m c)';
    displayName: 'Quy ho\u1EA1ch \u2013 K\u1EBF ho\u1EA1ch';
    pluralName: 'plans';
    singularName: 'plan';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    approvingDocument: Schema.Attribute.Relation<'manyToOne', 'api::document.document'>;
    body: Schema.Attribute.Blocks;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    field: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::plan.plan'> & Schema.Attribute.Private;
    maps: Schema.Attribute.Media<'images', true>;
    periodEnd: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1945;
        },
        number
      >;
    periodStart: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1945;
        },
        number
      >;
    planKind: Schema.Attribute.Enumeration<
      [
        'Chi\u1EBFn l\u01B0\u1EE3c',
        'Ch\u01B0\u01A1ng tr\u00ECnh',
        'Quy ho\u1EA1ch',
        'K\u1EBF ho\u1EA1ch',
        'Ch\u01B0\u01A1ng tr\u00ECnh c\u00F4ng t\u00E1c n\u0103m',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'K\u1EBF ho\u1EA1ch'>;
    planStatus: Schema.Attribute.Enumeration<
      [
        '\u0110ang x\u00E2y d\u1EF1ng',
        '\u0110\u00E3 ph\u00EA duy\u1EC7t',
        '\u0110ang th\u1EF1c hi\u1EC7n',
        '\u0110\u00E3 ho\u00E0n th\u00E0nh',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'\u0110\u00E3 ph\u00EA duy\u1EC7t'>;
    publishedAt: Schema.Attribute.DateTime;
    reports: Schema.Attribute.Component<'plan.implementation-report', true>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiProcedureProcedure extends Struct.CollectionTypeSchema {
  collectionName: 'procedures';
  info: {
    description: 'Th\u1EE7 t\u1EE5c h\u00E0nh ch\u00EDnh c\u1EA5p x\u00E3 theo C\u01A1 s\u1EDF d\u1EEF li\u1EC7u qu\u1ED1c gia v\u1EC1 th\u1EE7 t\u1EE5c h\u00E0nh ch\u00EDnh';
    displayName: 'Th\u1EE7 t\u1EE5c h\u00E0nh ch\u00EDnh';
    pluralName: 'procedures';
    singularName: 'procedure';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    agency: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    applicants: Schema.Attribute.Text;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dossier: Schema.Attribute.Blocks;
    fees: Schema.Attribute.Text;
    field: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    forms: Schema.Attribute.Media<'files', true>;
    howToFile: Schema.Attribute.Blocks;
    legalBasisDocuments: Schema.Attribute.Relation<'manyToMany', 'api::document.document'>;
    legalBasisText: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::procedure.procedure'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    onlineLevel: Schema.Attribute.Enumeration<['To\u00E0n tr\u00ECnh', 'M\u1ED9t ph\u1EA7n', 'Tr\u1EF1c ti\u1EBFp']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'Tr\u1EF1c ti\u1EBFp'>;
    onlineServiceUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    processingTime: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    result: Schema.Attribute.Text;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    steps: Schema.Attribute.Blocks;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiQuestionAnswerQuestionAnswer extends Struct.CollectionTypeSchema {
  collectionName: 'question_answers';
  info: {
    description: 'C\u00E2u h\u1ECFi, ph\u1EA3n \u00E1nh, ki\u1EBFn ngh\u1ECB c\u1EE7a ng\u01B0\u1EDDi d\u00E2n v\u00E0 c\u00E2u tr\u1EA3 l\u1EDDi c\u1EE7a x\u00E3 \u0111\u01B0\u1EE3c c\u00F4ng khai; t\u00EAn ng\u01B0\u1EDDi h\u1ECFi ch\u1EC9 c\u00F2n ch\u1EEF c\u00E1i \u0111\u1EA7u, kh\u00F4ng c\u00F3 th\u00F4ng tin li\u00EAn h\u1EC7';
    displayName: 'H\u1ECFi \u0111\u00E1p';
    pluralName: 'question-answers';
    singularName: 'question-answer';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    answer: Schema.Attribute.Blocks & Schema.Attribute.Required;
    answeredBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    answeredOn: Schema.Attribute.Date;
    askedOn: Schema.Attribute.Date & Schema.Attribute.Required;
    askerInitials: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::question-answer.question-answer'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    questionKind: Schema.Attribute.Enumeration<['H\u1ECFi \u0111\u00E1p', 'Ph\u1EA3n \u00E1nh, ki\u1EBFn ngh\u1ECB']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'H\u1ECFi \u0111\u00E1p'>;
    relatedDocuments: Schema.Attribute.Relation<'manyToMany', 'api::document.document'>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    topic: Schema.Attribute.Enumeration<
      [
        'H\u00E0nh ch\u00EDnh, t\u01B0 ph\u00E1p, h\u1ED9 t\u1ECBch',
        '\u0110\u1EA5t \u0111ai, x\u00E2y d\u1EF1ng',
        'T\u00E0i nguy\u00EAn, m\u00F4i tr\u01B0\u1EDDng',
        'Giao th\u00F4ng, h\u1EA1 t\u1EA7ng',
        'N\u00F4ng nghi\u1EC7p',
        'Y t\u1EBF, gi\u00E1o d\u1EE5c',
        'Lao \u0111\u1ED9ng, an sinh x\u00E3 h\u1ED9i',
        'An ninh, tr\u1EADt t\u1EF1',
        'Kh\u00E1c',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'Kh\u00E1c'>;
    trackingCode: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiSiteSettingSiteSetting extends Struct.CollectionTypeSchema {
  collectionName: 'site_settings';
  info: {
    description: 'Tr\u00ECnh \u0111\u01A1n, li\u00EAn k\u1EBFt n\u1ED5i b\u1EADt v\u00E0 ch\u00E2n trang; m\u1ED7i x\u00E3 m\u1ED9t b\u1EA3n ghi';
    displayName: 'C\u1EA5u h\u00ECnh trang';
    pluralName: 'site-settings';
    singularName: 'site-setting';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    answerDueWorkingDays: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 45;
          min: 5;
        },
        number
      > &
      Schema.Attribute.DefaultTo<15>;
    commune: Schema.Attribute.Relation<'oneToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    emcEnabled: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    emcScriptUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    facebookUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    featuredLinks: Schema.Attribute.Component<'navigation.link', true>;
    footerText: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::site-setting.site-setting'> & Schema.Attribute.Private;
    menu: Schema.Attribute.Component<'navigation.menu-item', true>;
    publishedAt: Schema.Attribute.DateTime;
    retentionMonths: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 120;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<24>;
    siteTitle: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    youtubeUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    zaloUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ApiStatisticStatistic extends Struct.CollectionTypeSchema {
  collectionName: 'statistics';
  info: {
    description: 'S\u1ED1 li\u1EC7u th\u1ED1ng k\u00EA tr\u00EAn \u0111\u1ECBa b\u00E0n x\u00E3: \u1EA5n ph\u1EA9m th\u1ED1ng k\u00EA theo k\u1EF3, l\u0129nh v\u1EF1c v\u00E0 b\u1EA3ng s\u1ED1 li\u1EC7u (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m e)';
    displayName: 'Th\u1ED1ng k\u00EA';
    pluralName: 'statistics';
    singularName: 'statistic';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    chart: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    currentLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    field: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    files: Schema.Attribute.Media<'files' | 'images', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::statistic.statistic'> & Schema.Attribute.Private;
    period: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    previousLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    publishedOn: Schema.Attribute.Date & Schema.Attribute.Required;
    rows: Schema.Attribute.Component<'statistics.row', true>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiUrgentNoticeUrgentNotice extends Struct.CollectionTypeSchema {
  collectionName: 'urgent_notices';
  info: {
    description: 'Th\u00F4ng b\u00E1o kh\u1EA9n hi\u1EC7n tr\u00EAn m\u1ECDi trang c\u1EE7a x\u00E3 \u0111\u1EBFn h\u1EBFt th\u1EDDi h\u1EA1n: thi\u00EAn tai, s\u1EF1 c\u1ED1, m\u1EA5t \u0111i\u1EC7n, m\u1EA5t n\u01B0\u1EDBc (Lu\u1EADt Ti\u1EBFp c\u1EADn th\u00F4ng tin, \u0110i\u1EC1u 19 kho\u1EA3n 1 \u0111i\u1EC3m h)';
    displayName: 'Th\u00F4ng b\u00E1o kh\u1EA9n';
    pluralName: 'urgent-notices';
    singularName: 'urgent-notice';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    level: Schema.Attribute.Enumeration<['Kh\u1EA9n c\u1EA5p', 'C\u1EA3nh b\u00E1o', 'Th\u00F4ng tin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'C\u1EA3nh b\u00E1o'>;
    link: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::urgent-notice.urgent-notice'> & Schema.Attribute.Private;
    message: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiWorkScheduleWorkSchedule extends Struct.CollectionTypeSchema {
  collectionName: 'work_schedules';
  info: {
    description: 'L\u1ECBch c\u00F4ng t\u00E1c tu\u1EA7n c\u1EE7a l\u00E3nh \u0111\u1EA1o x\u00E3: ng\u00E0y, gi\u1EDD, n\u1ED9i dung, \u0111\u1ECBa \u0111i\u1EC3m, ng\u01B0\u1EDDi ch\u1EE7 tr\u00EC v\u00E0 th\u00E0nh ph\u1EA7n';
    displayName: 'L\u1ECBch c\u00F4ng t\u00E1c';
    pluralName: 'work-schedules';
    singularName: 'work-schedule';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    'commune-tenancy': {
      scoped: true;
    };
  };
  attributes: {
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Required;
    communeKey: Schema.Attribute.Integer & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entries: Schema.Attribute.Component<'schedule.entry', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::work-schedule.work-schedule'> & Schema.Attribute.Private;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    weekStart: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface PluginCommuneTenancyCommune extends Struct.CollectionTypeSchema {
  collectionName: 'communes';
  info: {
    description: 'M\u1ED9t x\u00E3, ph\u01B0\u1EDDng d\u00F9ng n\u1EC1n t\u1EA3ng: t\u00EAn, t\u00EAn mi\u1EC1n, tr\u1EA1ng th\u00E1i v\u00E0 th\u00F4ng tin ch\u00E2n trang';
    displayName: 'X\u00E3, ph\u01B0\u1EDDng';
    pluralName: 'communes';
    singularName: 'commune';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    banner: Schema.Attribute.Media<'images'>;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5;
        minLength: 5;
      }>;
    contentResponsible: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    domainAliases: Schema.Attribute.JSON;
    email: Schema.Attribute.Email;
    fax: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::commune-tenancy.commune'> & Schema.Attribute.Private;
    logo: Schema.Attribute.Media<'images'>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    primaryDomain: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 253;
      }>;
    province: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reuseNote: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    shortName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    siteStatus: Schema.Attribute.Enumeration<['active', 'suspended']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'active'>;
    slug: Schema.Attribute.UID<'shortName'> & Schema.Attribute.Required;
    themeColor: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }> &
      Schema.Attribute.DefaultTo<'#a51d24'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginCommuneTenancyMembership extends Struct.CollectionTypeSchema {
  collectionName: 'commune_memberships';
  info: {
    description: 'T\u00E0i kho\u1EA3n qu\u1EA3n tr\u1ECB thu\u1ED9c x\u00E3 n\u00E0o, v\u1EDBi vai tr\u00F2 g\u00EC trong Ban bi\u00EAn t\u1EADp';
    displayName: 'Th\u00E0nh vi\u00EAn x\u00E3';
    pluralName: 'memberships';
    singularName: 'membership';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    adminUserId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    boardRole: Schema.Attribute.Enumeration<['head', 'deputy', 'member', 'contributor']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'contributor'>;
    commune: Schema.Attribute.Relation<'manyToOne', 'plugin::commune-tenancy.commune'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    isCommuneAdmin: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::commune-tenancy.membership'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    selected: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release'> & Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['ready', 'blocked', 'failed', 'done', 'empty']> & Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<'manyToOne', 'plugin::content-releases.release'>;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginEditorialBoardChange extends Struct.CollectionTypeSchema {
  collectionName: 'site_changes';
  info: {
    description: 'Nh\u1EADt k\u00FD ch\u1EC9 ghi th\u00EAm c\u1EE7a m\u1ECDi thay \u0111\u1ED5i l\u00E3nh \u0111\u1EA1o, li\u00EAn h\u1EC7, chuy\u00EAn m\u1EE5c, c\u1EA5u h\u00ECnh trang v\u00E0 th\u00F4ng tin x\u00E3, ph\u01B0\u1EDDng: ai, khi n\u00E0o, t\u1EEB \u0111\u00E2u, thay \u0111\u1ED5i g\u00EC, k\u1EBFt qu\u1EA3';
    displayName: 'Nh\u1EADt k\u00FD thay \u0111\u1ED5i';
    pluralName: 'changes';
    singularName: 'change';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    actorEmail: Schema.Attribute.String;
    actorKind: Schema.Attribute.String & Schema.Attribute.Required;
    actorUserId: Schema.Attribute.Integer;
    address: Schema.Attribute.String;
    after: Schema.Attribute.JSON;
    before: Schema.Attribute.JSON;
    communeId: Schema.Attribute.Integer;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    fields: Schema.Attribute.JSON;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::editorial-board.change'> & Schema.Attribute.Private;
    outcome: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text;
    targetDocumentId: Schema.Attribute.String;
    targetLabel: Schema.Attribute.String;
    targetUid: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginEditorialBoardEvent extends Struct.CollectionTypeSchema {
  collectionName: 'editorial_events';
  info: {
    description: 'Nh\u1EADt k\u00FD ch\u1EC9 ghi th\u00EAm c\u1EE7a m\u1ECDi b\u01B0\u1EDBc duy\u1EC7t: ai, khi n\u00E0o, l\u00E0m g\u00EC, \u00FD ki\u1EBFn; ngu\u1ED3n c\u1EE7a s\u1ED1 li\u1EC7u b\u00E1o c\u00E1o';
    displayName: 'Nh\u1EADt k\u00FD Ban bi\u00EAn t\u1EADp';
    pluralName: 'events';
    singularName: 'event';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    actorUserId: Schema.Attribute.Integer;
    authorName: Schema.Attribute.String;
    comment: Schema.Attribute.Text;
    communeId: Schema.Attribute.Integer & Schema.Attribute.Required;
    contentHash: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    firstTime: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    fromState: Schema.Attribute.String;
    kind: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::editorial-board.event'> & Schema.Attribute.Private;
    photos: Schema.Attribute.Integer;
    publishedAt: Schema.Attribute.DateTime;
    targetDocumentId: Schema.Attribute.String & Schema.Attribute.Required;
    targetUid: Schema.Attribute.String & Schema.Attribute.Required;
    title: Schema.Attribute.String;
    toState: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    version: Schema.Attribute.Integer & Schema.Attribute.Required;
    workflowId: Schema.Attribute.Integer & Schema.Attribute.Required;
  };
}

export interface PluginEditorialBoardWorkflow extends Struct.CollectionTypeSchema {
  collectionName: 'editorial_workflows';
  info: {
    description: 'Tr\u1EA1ng th\u00E1i c\u1EE7a m\u1ED9t tin, b\u00E0i, v\u0103n b\u1EA3n trong quy tr\u00ECnh c\u1EE7a Ban bi\u00EAn t\u1EADp (gi\u1EEF ngo\u00E0i n\u1ED9i dung)';
    displayName: 'Quy tr\u00ECnh duy\u1EC7t';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'commune-tenancy': {
      global: true;
    };
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    approvedAt: Schema.Attribute.DateTime;
    approvedByUserId: Schema.Attribute.Integer;
    approvedHash: Schema.Attribute.String;
    assigneeUserId: Schema.Attribute.Integer;
    authorName: Schema.Attribute.String;
    authorUserId: Schema.Attribute.Integer;
    communeId: Schema.Attribute.Integer & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    firstPublishedAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::editorial-board.workflow'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    sourceChannel: Schema.Attribute.Enumeration<['admin', 'paper', 'email', 'other']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'admin'>;
    state: Schema.Attribute.Enumeration<['draft', 'submitted', 'editing', 'in_review', 'approved', 'published', 'returned', 'rejected']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    targetDocumentId: Schema.Attribute.String & Schema.Attribute.Required;
    targetUid: Schema.Attribute.String & Schema.Attribute.Required;
    title: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    version: Schema.Attribute.Integer & Schema.Attribute.Required & Schema.Attribute.DefaultTo<1>;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::i18n.locale'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow'> & Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<'oneToOne', 'plugin::review-workflows.workflow-stage'>;
    stages: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'> & Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<'manyToOne', 'plugin::review-workflows.workflow'>;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    communeId: Schema.Attribute.Integer;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> & Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'> & Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    communeId: Schema.Attribute.Integer;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::article.article': ApiArticleArticle;
      'api::bidding-notice.bidding-notice': ApiBiddingNoticeBiddingNotice;
      'api::budget-report.budget-report': ApiBudgetReportBudgetReport;
      'api::category.category': ApiCategoryCategory;
      'api::consultation.consultation': ApiConsultationConsultation;
      'api::contact.contact': ApiContactContact;
      'api::document.document': ApiDocumentDocument;
      'api::info-access.info-access': ApiInfoAccessInfoAccess;
      'api::investment-project.investment-project': ApiInvestmentProjectInvestmentProject;
      'api::maintenance-window.maintenance-window': ApiMaintenanceWindowMaintenanceWindow;
      'api::official.official': ApiOfficialOfficial;
      'api::page.page': ApiPagePage;
      'api::plan.plan': ApiPlanPlan;
      'api::procedure.procedure': ApiProcedureProcedure;
      'api::question-answer.question-answer': ApiQuestionAnswerQuestionAnswer;
      'api::site-setting.site-setting': ApiSiteSettingSiteSetting;
      'api::statistic.statistic': ApiStatisticStatistic;
      'api::urgent-notice.urgent-notice': ApiUrgentNoticeUrgentNotice;
      'api::work-schedule.work-schedule': ApiWorkScheduleWorkSchedule;
      'plugin::commune-tenancy.commune': PluginCommuneTenancyCommune;
      'plugin::commune-tenancy.membership': PluginCommuneTenancyMembership;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::editorial-board.change': PluginEditorialBoardChange;
      'plugin::editorial-board.event': PluginEditorialBoardEvent;
      'plugin::editorial-board.workflow': PluginEditorialBoardWorkflow;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
    }
  }
}
