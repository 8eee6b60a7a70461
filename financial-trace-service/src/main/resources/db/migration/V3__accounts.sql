-- Accounts named in a dataset's transactions: the statement's own accounts and counterparties.
-- An identifier that failed validation is kept as written (the transaction carries the flag).
create table account (
    id          bigint generated always as identity primary key,
    dataset_id  uuid         not null references dataset (id),
    kind        varchar(16)  not null,
    identifier  varchar(100) not null,
    chain       varchar(32),
    bic         varchar(35),
    bank_name   varchar(500),
    holder_name varchar(500),
    constraint ck_account_kind check (kind in ('IBAN', 'ACCOUNT_NUMBER', 'CRYPTO_ADDRESS')),
    constraint ux_account_identity unique nulls not distinct (dataset_id, kind, identifier, chain)
);
