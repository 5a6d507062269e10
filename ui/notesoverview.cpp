#include "notesoverview.h"

#include "listitemdelegate.h"
#include "model/itemroles.h"
#include "model/noteslistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace GoPrep {

NotesOverview::NotesOverview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setPlaceholderText(tr("Find in your notes"));
    m_filter->setAccessibleName(tr("Find in your notes"));
    m_filter->setClearButtonEnabled(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setMargin(8);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Your notes"));
    m_list->setItemDelegate(new ListItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT itemSelected(index.data(ItemRole::Id).toString()); });
    updateEmptyState();
}

void NotesOverview::setContent(const QuestionBank *bank, UserStore *store)
{
    m_model = new NotesListModel(bank, store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ItemRole::SearchText);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesOverview::updateEmptyState);
    updateEmptyState();
}

void NotesOverview::updateEmptyState()
{
    const bool none = !m_proxy || m_proxy->rowCount() == 0;
    m_empty->setVisible(none);
    if (!m_model || m_model->rowCount() == 0) {
        m_empty->setText(
            tr("No notes yet. Open a question and write the answer in your own words: your notes "
               "collect here, newest first."));
    } else {
        m_empty->setText(tr("No note matches “%1”.").arg(m_filter->text().trimmed().toHtmlEscaped()));
    }
}

} // namespace GoPrep
