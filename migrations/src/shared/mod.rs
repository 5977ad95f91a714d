//! Migrations shared by several subgraphs' migrators: the event tables
//! (every subgraph) and the community-membership copy (identity,
//! messaging).

pub mod m20261128_000001_events;
pub mod m20261128_000017_community_memberships;

use sea_orm_migration::prelude::*;

/// Adds `columns` to `table`, one `ALTER TABLE` each (SQLite alters one
/// column at a time).
pub async fn add_columns(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    columns: impl IntoIterator<Item = ColumnDef>,
) -> Result<(), DbErr> {
    let table = table.into_iden();
    for mut column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// Drops `columns` from `table`, one `ALTER TABLE` each.
pub async fn drop_columns<C: IntoIden + 'static>(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    columns: impl IntoIterator<Item = C>,
) -> Result<(), DbErr> {
    let table = table.into_iden();
    for column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// Creates index `name` on `columns` (by name) of `table`, if it is not
/// there yet.
pub async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: &[&str],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).if_not_exists().table(table);
    for column in columns {
        index.col(Alias::new(*column));
    }
    manager.create_index(index.to_owned()).await
}
