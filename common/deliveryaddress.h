// A buyer's delivery details for one room: what PUT .../participants/me/address
// takes, and the rows of the seller's GET .../addresses. Never broadcast. Decoding
// validates and normalises them as people type them (phone numbers with or without
// hyphens, +82, postal codes with spaces), so every copy is in one form.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>

namespace gonggu {

struct DeliveryAddress {
    static constexpr int kMaxRecipientCharacters = 50;
    static constexpr int kMinAddressCharacters = 5;
    static constexpr int kMaxAddressCharacters = 200;

    QString recipient;
    QString phone;      // 010-1234-5678, 02-123-4567, 0505-123-4567
    QString postalCode; // 5 digits, or empty
    QString address;

    QJsonObject toJson() const;
    static Result<DeliveryAddress> fromJson(const QJsonObject &json);
    friend bool operator==(const DeliveryAddress &, const DeliveryAddress &) = default;
};

// One buyer's entry in the seller's list.
struct AddressEntry {
    QString userId;
    QString displayName;
    DeliveryAddress address;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<AddressEntry> fromJson(const QJsonObject &json);
    friend bool operator==(const AddressEntry &, const AddressEntry &) = default;
};

// A Korean phone number in its usual hyphenated form, or CONTENT_INVALID: mobile
// (010, 011, 016-019), Seoul (02), the other areas (031-064), 070, and the safe
// numbers (050x) that delivery services hand out.
Result<QString> normalizeKoreanPhone(QStringView text);
// A Korean postal code (5 digits since 2015), spaces and hyphens ignored.
Result<QString> normalizePostalCode(QStringView text);

} // namespace gonggu
