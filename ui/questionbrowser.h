#pragma once

#include "model/questionfilter.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace GoPrep {

class QuestionBank;
class QuestionFilterProxy;
class QuestionTreeModel;
class SearchIndex;
class SearchResultsModel;
class UserStore;

// Finding a question: the search field (search as you type, Ctrl+F / Ctrl+K), the filters, and either the
// section tree or, while there is search text, the ranked results. Up and Down move in the results from
// the search field, Enter opens, Esc clears and returns to the tree. Says which item to open through
// itemSelected(); it never shows an answer itself.
class QuestionBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionBrowser(QWidget *parent = nullptr);
    ~QuestionBrowser() override;

    // With a cache folder the search index is prepared at once (opened from the cache, or built there in
    // the background); without one it is built in memory on the first search.
    void setContent(const QuestionBank *bank, UserStore *store, const QString &cacheFolder = {});
    SearchIndex *searchIndex() const { return m_index; }

    // Makes id the current tree row, unless the current row already shows it (under a collection, say).
    void selectItem(const QString &id);
    // Question ids as the tree shows them, sections only, filters applied: what next/previous walk.
    QStringList visibleQuestionIds() const;
    // The words the current search looks for (corrections included); empty when not searching.
    QStringList searchTerms() const;

    void focusSearch();
    QMenu *filterMenu() const { return m_filterMenu; }
    QuestionFilter filter() const;
    void setFilter(const QuestionFilter &filter);

    QTreeView *tree() const { return m_tree; }
    QListView *results() const { return m_results; }
    QLineEdit *searchField() const { return m_search; }
    QuestionFilterProxy *proxy() const { return m_proxy; }
    QuestionTreeModel *model() const { return m_model; }

Q_SIGNALS:
    void itemSelected(const QString &id);
    void searchTermsChanged(const QStringList &terms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void openCurrentResult();
    void rebuildFilterMenu();
    void filterActionToggled();
    void updateFilterSummary();

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QuestionTreeModel *m_model = nullptr;
    QuestionFilterProxy *m_proxy = nullptr;
    SearchIndex *m_index = nullptr;
    SearchResultsModel *m_resultsModel = nullptr;

    QLineEdit *m_search = nullptr;
    QToolButton *m_filterButton = nullptr;
    QMenu *m_filterMenu = nullptr;
    QLabel *m_filterSummary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_noResults = nullptr;
    QList<QAction *> m_filterActions;
    bool m_applyingFilter = false;
};

} // namespace GoPrep
