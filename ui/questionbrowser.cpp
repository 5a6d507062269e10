#include "questionbrowser.h"

#include "content/questionbank.h"
#include "labels.h"
#include "listitemdelegate.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "model/searchresultsmodel.h"
#include "questiondelegate.h"
#include "search/searchindex.h"
#include "storage/userstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace GoPrep {

namespace {

// What a filter action sets, kept on the action itself.
const char *const KindProperty = "goprepFilterKind";
const char *const ValueProperty = "goprepFilterValue";

QAction *filterAction(QMenu *menu, const QString &text, const QString &kind, const QVariant &value = {})
{
    QAction *action = menu->addAction(text);
    action->setCheckable(true);
    action->setProperty(KindProperty, kind);
    action->setProperty(ValueProperty, value);
    action->setObjectName(QStringLiteral("filter-") + kind
                          + (value.isValid() ? u'-' + value.toString().replace(u'/', u'-') : QString()));
    return action;
}

} // namespace

QuestionBrowser::QuestionBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search questions and notes (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Type to search titles, answers, code and your notes. Up and Down "
                                          "choose a result, Enter opens it, Escape clears the search."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setAccessibleName(tr("Filter questions"));
    m_filterButton->setToolTip(tr("Show only some sections, levels, tags or marked questions"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterMenu = new QMenu(tr("&Filter"), this);
    m_filterButton->setMenu(m_filterMenu);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterButton);
    layout->addLayout(searchRow);

    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setWordWrap(true);
    m_filterSummary->setTextFormat(Qt::RichText);
    m_filterSummary->hide();
    connect(m_filterSummary, &QLabel::linkActivated, this, [this] { setFilter({}); });
    layout->addWidget(m_filterSummary);

    m_stack = new QStackedWidget(this);
    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("questionTree"));
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new QuestionDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->addWidget(m_tree);

    auto *resultsPage = new QWidget(m_stack);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_noResults = new QLabel(resultsPage);
    m_noResults->setObjectName(QStringLiteral("noResults"));
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noResults->setMargin(8);
    m_results = new QListView(resultsPage);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new ListItemDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->installEventFilter(this);
    connect(m_results, &QListView::activated, this, [this] { openCurrentResult(); });
    resultsLayout->addWidget(m_noResults);
    resultsLayout->addWidget(m_results, 1);
    m_stack->addWidget(resultsPage);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QuestionBrowser::runSearch);
    rebuildFilterMenu();
}

QuestionBrowser::~QuestionBrowser() = default;

void QuestionBrowser::setContent(const QuestionBank *bank, UserStore *store, const QString &cacheFolder)
{
    m_bank = bank;
    m_store = store;
    m_model = new QuestionTreeModel(m_bank, m_store, this);
    m_proxy = new QuestionFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    Q_EMIT itemSelected(current.data(ItemRole::Id).toString());
                }
            });
    // Rows that come back after a filter change come back expanded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, [this] { m_tree->expandAll(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_tree, [this] { m_tree->expandAll(); });
    m_index = new SearchIndex(this);
    if (m_store) {
        connect(m_store, &UserStore::dataReset, this, [this] {
            m_index->syncNotes(); // the restored or imported notes, before the search below
            runSearch();
        });
    }
    // A search typed while the index is being built is answered when it is ready.
    connect(m_index, &SearchIndex::ready, this, [this] {
        if (!m_search->text().trimmed().isEmpty()) {
            runSearch();
        }
    });
    if (!cacheFolder.isEmpty()) {
        m_index->prepare(*m_bank, m_store, cacheFolder);
    } // else built on the first search
    m_resultsModel = new SearchResultsModel(m_bank, m_index, this);
    m_results->setModel(m_resultsModel);
    rebuildFilterMenu();
}

void QuestionBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuestionBrowser::selectItem(const QString &id)
{
    if (!m_proxy || !m_bank) {
        return;
    }
    if (m_tree->currentIndex().data(ItemRole::Id).toString() == id) {
        m_tree->scrollTo(m_tree->currentIndex());
        return; // already there, perhaps under Bookmarks: keep the learner's place
    }
    const QModelIndex source
        = m_bank->question(id) ? m_model->indexOfQuestion(id) : m_model->indexOfSection(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

QStringList QuestionBrowser::visibleQuestionIds() const
{
    QStringList ids;
    if (!m_proxy) {
        return ids;
    }
    for (int s = 0; s < m_proxy->rowCount(); ++s) {
        const QModelIndex section = m_proxy->index(s, 0);
        if (section.data(ItemRole::Kind).value<ItemRole::ItemKind>() == ItemRole::ItemKind::Collection) {
            continue; // the same questions again
        }
        for (int q = 0; q < m_proxy->rowCount(section); ++q) {
            ids.append(m_proxy->index(q, 0, section).data(ItemRole::Id).toString());
        }
    }
    return ids;
}

QStringList QuestionBrowser::searchTerms() const
{
    return m_search->text().trimmed().isEmpty() || !m_resultsModel ? QStringList()
                                                                   : m_resultsModel->result().terms;
}

void QuestionBrowser::runSearch()
{
    const QString text = m_search->text();
    if (text.trimmed().isEmpty() || !m_bank) {
        m_stack->setCurrentIndex(0);
        if (m_resultsModel) {
            m_resultsModel->setResult({});
        }
        Q_EMIT searchTermsChanged({});
        return;
    }
    if (m_index->isPreparing()) {
        m_stack->setCurrentIndex(1);
        m_resultsModel->setResult({});
        m_noResults->setText(tr("Preparing search over %n question(s)… The results appear here in a moment.",
                                nullptr, m_bank->questionCount()));
        m_noResults->show();
        return;
    }
    if (!m_index->isBuilt()) {
        const Status status = m_index->build(*m_bank, m_store);
        if (!status) {
            m_stack->setCurrentIndex(1);
            m_noResults->setText(status.message());
            m_noResults->show();
            return;
        }
    }
    SearchIndex::Result result = m_index->search(text);
    // The filters hold for search results too.
    const QuestionFilter current = filter();
    if (!current.isEmpty()) {
        result.hits.removeIf([&](const SearchIndex::Hit &hit) {
            const Question *question = m_bank->question(hit.questionId);
            return !question || !current.accepts(*question, m_bank->sectionOf(hit.questionId)->id, m_store);
        });
    }
    m_resultsModel->setResult(result);
    m_stack->setCurrentIndex(1);
    if (result.hits.isEmpty()) {
        m_noResults->setText(
            current.isEmpty()
                ? tr("Nothing matches “%1”.").arg(text.trimmed().toHtmlEscaped())
                : tr("Nothing matches “%1” with the current filters.").arg(text.trimmed().toHtmlEscaped()));
        m_noResults->show();
    } else {
        m_noResults->hide();
        m_results->setCurrentIndex(m_resultsModel->index(0, 0));
    }
    Q_EMIT searchTermsChanged(result.terms);
}

void QuestionBrowser::openCurrentResult()
{
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid()) {
        Q_EMIT itemSelected(current.data(ItemRole::Id).toString());
    }
}

bool QuestionBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const bool searching = m_stack->currentIndex() == 1;
    if (watched == m_search || watched == m_results) {
        switch (key->key()) {
        case Qt::Key_Escape:
            m_search->clear();
            m_tree->setFocus(Qt::ShortcutFocusReason);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (searching) {
                openCurrentResult();
                return true;
            }
            break;
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (watched == m_search && searching && m_resultsModel->rowCount() > 0) {
                // The arrows move in the results while the typing stays in the field.
                QCoreApplication::sendEvent(m_results, event);
                return true;
            }
            if (watched == m_search && !searching && key->key() == Qt::Key_Down) {
                m_tree->setFocus(Qt::TabFocusReason);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionBrowser::rebuildFilterMenu()
{
    const QuestionFilter previous = m_filterActions.isEmpty() ? QuestionFilter() : filter();
    m_filterMenu->clear();
    m_filterActions.clear();
    m_filterActions.append(filterAction(m_filterMenu, tr("&Bookmarked"), QStringLiteral("bookmarked")));
    m_filterActions.append(filterAction(m_filterMenu, tr("&Weak topics"), QStringLiteral("weak")));
    m_filterActions.append(filterAction(m_filterMenu, tr("With a &note"), QStringLiteral("note")));
    m_filterActions.append(
        filterAction(m_filterMenu, tr("Not yet &reviewed"), QStringLiteral("notReviewed")));
    m_filterMenu->addSeparator();
    QMenu *levels = m_filterMenu->addMenu(tr("&Level"));
    m_filterActions.append(filterAction(levels, Question::levelTitle(Question::Level::Junior),
                                        QStringLiteral("level"), int(Question::Level::Junior)));
    m_filterActions.append(filterAction(levels, Question::levelTitle(Question::Level::Mid),
                                        QStringLiteral("level"), int(Question::Level::Mid)));
    m_filterActions.append(filterAction(levels, Question::levelTitle(Question::Level::Senior),
                                        QStringLiteral("level"), int(Question::Level::Senior)));
    QMenu *sections = m_filterMenu->addMenu(tr("&Section"));
    QMenu *tags = m_filterMenu->addMenu(tr("&Tag"));
    if (m_bank) {
        QStringList allTags;
        for (const Section *section : m_bank->sections()) {
            if (section->kind == Section::Kind::Questions) {
                m_filterActions.append(
                    filterAction(sections, section->title, QStringLiteral("section"), section->id));
            }
            for (const Question &question : section->questions) {
                allTags += question.tags;
            }
        }
        allTags.removeDuplicates();
        allTags.sort(Qt::CaseInsensitive);
        for (const QString &tag : std::as_const(allTags)) {
            m_filterActions.append(filterAction(tags, tag, QStringLiteral("tag"), tag));
        }
    }
    m_filterMenu->addSeparator();
    QAction *clear = m_filterMenu->addAction(tr("&Clear Filters"));
    clear->setObjectName(QStringLiteral("filter-clear"));
    connect(clear, &QAction::triggered, this, [this] { setFilter({}); });
    for (QAction *action : std::as_const(m_filterActions)) {
        connect(action, &QAction::toggled, this, &QuestionBrowser::filterActionToggled);
    }
    setFilter(previous);
}

QuestionFilter QuestionBrowser::filter() const
{
    QuestionFilter result;
    for (const QAction *action : m_filterActions) {
        if (!action->isChecked()) {
            continue;
        }
        const QString kind = action->property(KindProperty).toString();
        const QVariant value = action->property(ValueProperty);
        if (kind == u"bookmarked") {
            result.bookmarkedOnly = true;
        } else if (kind == u"weak") {
            result.weakOnly = true;
        } else if (kind == u"note") {
            result.withNoteOnly = true;
        } else if (kind == u"notReviewed") {
            result.notReviewedOnly = true;
        } else if (kind == u"level") {
            result.levels.insert(Question::Level(value.toInt()));
        } else if (kind == u"section") {
            result.sections.insert(value.toString());
        } else if (kind == u"tag") {
            result.tags.insert(value.toString());
        }
    }
    return result;
}

void QuestionBrowser::setFilter(const QuestionFilter &wanted)
{
    m_applyingFilter = true;
    for (QAction *action : std::as_const(m_filterActions)) {
        const QString kind = action->property(KindProperty).toString();
        const QVariant value = action->property(ValueProperty);
        bool on = false;
        if (kind == u"bookmarked") {
            on = wanted.bookmarkedOnly;
        } else if (kind == u"weak") {
            on = wanted.weakOnly;
        } else if (kind == u"note") {
            on = wanted.withNoteOnly;
        } else if (kind == u"notReviewed") {
            on = wanted.notReviewedOnly;
        } else if (kind == u"level") {
            on = wanted.levels.contains(Question::Level(value.toInt()));
        } else if (kind == u"section") {
            on = wanted.sections.contains(value.toString());
        } else if (kind == u"tag") {
            on = wanted.tags.contains(value.toString());
        }
        action->setChecked(on);
    }
    m_applyingFilter = false;
    filterActionToggled();
}

void QuestionBrowser::filterActionToggled()
{
    if (m_applyingFilter) {
        return;
    }
    if (m_proxy) {
        m_proxy->setFilter(filter());
        m_tree->expandAll();
    }
    updateFilterSummary();
    if (!m_search->text().trimmed().isEmpty()) {
        runSearch();
    }
}

void QuestionBrowser::updateFilterSummary()
{
    QStringList parts;
    for (const QAction *action : std::as_const(m_filterActions)) {
        if (action->isChecked()) {
            parts.append(Labels::withoutMnemonic(action->text()));
        }
    }
    m_filterButton->setText(parts.isEmpty() ? tr("Filter") : tr("Filter (%1)").arg(parts.size()));
    m_filterSummary->setVisible(!parts.isEmpty());
    m_filterSummary->setText(tr("Showing: %1 — <a href=\"clear\">show all</a>")
                                 .arg(parts.join(QLatin1String(" · ")).toHtmlEscaped()));
}

} // namespace GoPrep
