#include "model/itemroles.h"

#include <QAbstractItemModel>
#include <QMetaEnum>

namespace GoPrep::ItemRole {

QHash<int, QByteArray> names()
{
    // From the enum itself, so a new role is named the day it is added: "HasNote" -> "hasNote".
    static const QHash<int, QByteArray> roles = [] {
        QHash<int, QByteArray> result{
            {Qt::DisplayRole, "display"}, {Qt::DecorationRole, "decoration"}, {Qt::ToolTipRole, "toolTip"}};
        const QMetaEnum roleEnum = QMetaEnum::fromType<Role>();
        for (int i = 0; i < roleEnum.keyCount(); ++i) {
            QByteArray name = roleEnum.key(i);
            name[0] = char(QChar::toLower(char16_t(name[0])));
            result.insert(roleEnum.value(i), name);
        }
        return result;
    }();
    return roles;
}

} // namespace GoPrep::ItemRole
