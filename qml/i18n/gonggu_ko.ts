<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../components/AddressDialog.qml" line="35"/>
        <source>Delivery address</source>
        <translation>배송지 입력</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="57"/>
        <source>Up to 50 characters.</source>
        <translation>50자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="58"/>
        <source>A Korean phone number, such as 010-1234-5678.</source>
        <translation>010-1234-5678처럼 국내 전화번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="59"/>
        <source>A 5-digit postal code, such as 06236.</source>
        <translation>06236처럼 5자리 우편번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="60"/>
        <source>5 to 200 characters, on one line.</source>
        <translation>한 줄로 5~200자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="72"/>
        <source>Only the seller of this group buy sees it. It is removed if you leave or the buy is called off.</source>
        <translation>이 공동구매의 판매자만 볼 수 있습니다. 참여를 취소하거나 공동구매가 취소되면 지워집니다.</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="82"/>
        <source>Recipient</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="91"/>
        <source>Phone (010-1234-5678)</source>
        <translation>연락처 (010-1234-5678)</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="100"/>
        <source>Postal code (optional)</source>
        <translation>우편번호 (선택)</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="109"/>
        <source>Address, building, unit</source>
        <translation>주소, 건물, 동·호수</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="126"/>
        <source>Remember it on this device</source>
        <translation>이 기기에 저장해 두기</translation>
    </message>
    <message>
        <source>Remember it on this device for the next group buy</source>
        <translation type="vanished">다음 공동구매를 위해 이 기기에 저장</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="132"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/AddressDialog.qml" line="137"/>
        <source>Send to the seller</source>
        <translation>판매자에게 보내기</translation>
    </message>
</context>
<context>
    <name>AddressListDialog</name>
    <message>
        <location filename="../components/AddressListDialog.qml" line="24"/>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="27"/>
        <source>Delivery addresses</source>
        <translation>배송지 목록</translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="35"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AddressListDialog.qml" line="49"/>
        <source>%n buyer(s) gave an address.</source>
        <translation>
            <numerusform>%n명이 배송지를 입력했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="87"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="88"/>
        <source>Copy the address of %1</source>
        <translation>%1 님의 배송지 복사</translation>
    </message>
    <message>
        <location filename="../components/AddressListDialog.qml" line="99"/>
        <source>Copy all for a spreadsheet</source>
        <translation>전체 복사 (스프레드시트용)</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="27"/>
        <source>Announcements</source>
        <translation>공지</translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="35"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="64"/>
        <source>Pinned</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="77"/>
        <source>Announcement of %1: %2</source>
        <translation>%1 공지: %2</translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="92"/>
        <source>Older announcements</source>
        <translation>이전 공지 더 보기</translation>
    </message>
    <message>
        <location filename="../components/AnnouncementsDialog.qml" line="106"/>
        <source>No announcements yet.</source>
        <translation>아직 공지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AppointmentAnswersDialog</name>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="29"/>
        <source>Pickup · %1</source>
        <translation>픽업 · %1</translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="30"/>
        <source>Pickup</source>
        <translation>픽업 약속</translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="40"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../components/AppointmentAnswersDialog.qml" line="51"/>
        <source>%1 coming · %2 can&apos;t come · %3 no answer yet</source>
        <translation>%1명 올 수 있음 · %2명 못 옴 · %3명 응답 전</translation>
    </message>
</context>
<context>
    <name>AppointmentBar</name>
    <message>
        <location filename="../components/AppointmentBar.qml" line="54"/>
        <source>Pickup · %1</source>
        <translation>픽업 · %1</translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="55"/>
        <source>(passed)</source>
        <translation>(지남)</translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="83"/>
        <source>%1 coming · %2 can&apos;t come</source>
        <translation>%1명 올 수 있음 · %2명 못 옴</translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="106"/>
        <source>Answers</source>
        <translation>응답 보기</translation>
    </message>
    <message>
        <location filename="../components/AppointmentBar.qml" line="113"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="49"/>
        <source>Pickup</source>
        <translation>픽업 약속</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="70"/>
        <source>Everyone in the chat sees the pickup. Moving it asks the buyers again.</source>
        <translation>채팅방의 모두가 픽업 약속을 봅니다. 시간이나 장소를 바꾸면 구매자에게 다시 묻습니다.</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="79"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="88"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="88"/>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="89"/>
        <source>ddd, MMM d</source>
        <translation>M월 d일 (ddd)</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="93"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="101"/>
        <source>Hour</source>
        <translation>시</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="109"/>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="112"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="118"/>
        <source>e.g. the main gate of Block 101</source>
        <translation>예: 101동 정문 앞</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="121"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="127"/>
        <source>Optional, e.g. bring a bag</source>
        <translation>선택, 예: 장바구니를 챙겨 주세요</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="133"/>
        <source>Buyers see: %1 · %2</source>
        <translation>구매자에게 보이는 약속: %1 · %2</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="143"/>
        <source>That time has passed: choose a later one.</source>
        <translation>이미 지난 시간입니다. 더 늦은 시간을 고르세요.</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="161"/>
        <source>Call off</source>
        <translation>약속 취소</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="171"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/AppointmentDialog.qml" line="176"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../components/AttachmentView.qml" line="35"/>
        <source>%1 MB</source>
        <translation>%1MB</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="36"/>
        <source>%1 KB</source>
        <translation>%1KB</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="79"/>
        <source>Photo not available</source>
        <translation>사진을 불러올 수 없음</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="85"/>
        <source>Photo %1 of %2</source>
        <translation>사진 %2장 중 %1번째</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="123"/>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="141"/>
        <source>Uploading, %1 percent</source>
        <translation>올리는 중, %1%</translation>
    </message>
    <message>
        <location filename="../components/AttachmentView.qml" line="148"/>
        <source>Stop sending</source>
        <translation>보내기 중지</translation>
    </message>
</context>
<context>
    <name>ChatRoomPage</name>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="31"/>
        <source>Back to group buys</source>
        <translation>공동구매 목록으로</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="55"/>
        <source>%1 / %2 joined</source>
        <translation>%1 / %2명 참여</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="74"/>
        <location filename="../pages/ChatRoomPage.qml" line="94"/>
        <source>Close</source>
        <translation>마감하기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="75"/>
        <location filename="../pages/ChatRoomPage.qml" line="86"/>
        <source>Leave</source>
        <translation>참여 취소</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="75"/>
        <source>Join group buy</source>
        <translation>공동구매 참여</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="80"/>
        <source>Join this group buy?</source>
        <translation>이 공동구매에 참여할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="81"/>
        <source>You commit to buy at the group price. You can leave while it is recruiting.</source>
        <translation>공동구매 가격으로 구매하기로 약속하는 것입니다. 모집 중에는 참여를 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="82"/>
        <source>Join</source>
        <translation>참여하기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="84"/>
        <source>Leave this group buy?</source>
        <translation>참여를 취소할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="85"/>
        <source>Your place goes back to the group buy. You can join again while it is recruiting.</source>
        <translation>자리가 다른 분께 돌아갑니다. 모집 중에는 다시 참여할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="88"/>
        <source>Close recruiting?</source>
        <translation>모집을 마감할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="90"/>
        <source>Only %1 of the %2 buyers needed have joined. Close the group buy with them anyway? Viewers will leave the chat.</source>
        <translation>필요한 %2명 중 %1명만 참여했습니다. 그래도 이대로 마감할까요? 구경하던 분들은 채팅방에서 나가게 됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="92"/>
        <source>The group buy closes with %1 buyers. Viewers will leave the chat.</source>
        <translation>%1명으로 공동구매를 마감합니다. 구경하던 분들은 채팅방에서 나가게 됩니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="98"/>
        <source>Cancel this group buy?</source>
        <translation>공동구매를 취소할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="99"/>
        <source>Everyone in the room is told, and the chat becomes read-only. This cannot be undone.</source>
        <translation>방의 모든 분께 알려지고 채팅은 읽기 전용이 됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="124"/>
        <location filename="../pages/ChatRoomPage.qml" line="126"/>
        <source>Search in this chat</source>
        <translation>이 채팅에서 검색</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="147"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="166"/>
        <source>Members</source>
        <translation>참여자</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="173"/>
        <source>Product details</source>
        <translation>상품 정보 수정</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="180"/>
        <source>Deadline and places</source>
        <translation>마감 시간과 모집 인원</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="187"/>
        <source>Reopen the chat</source>
        <translation>채팅 다시 열기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="187"/>
        <source>Pause the chat</source>
        <translation>채팅 잠시 멈추기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="194"/>
        <source>Pickup</source>
        <translation>픽업 약속</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="201"/>
        <source>Orders</source>
        <translation>주문 관리</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="208"/>
        <source>Delivery address</source>
        <translation>배송지 입력</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="215"/>
        <source>Delivery addresses</source>
        <translation>배송지 목록</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="226"/>
        <source>Mute notifications</source>
        <translation>알림 끄기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="338"/>
        <source>Search messages</source>
        <translation>메시지 검색</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="350"/>
        <source>Close the search</source>
        <translation>검색 닫기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="381"/>
        <source>Product photo</source>
        <translation>상품 사진</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="389"/>
        <source>Did you get it?</source>
        <translation>상품을 받으셨나요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="390"/>
        <source>The seller is told that you have your order.</source>
        <translation>판매자에게 상품을 받았다고 알려 드립니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="391"/>
        <source>I got it</source>
        <translation>받았어요</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="417"/>
        <source>Block %1?</source>
        <translation>%1 님을 차단할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="418"/>
        <source>Their messages fold away for you in every room. They are not told.</source>
        <translation>모든 방에서 이분의 메시지가 접혀 보입니다. 상대방에게는 알리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="419"/>
        <source>Block</source>
        <translation>차단</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="423"/>
        <source>Delete this message?</source>
        <translation>이 메시지를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="424"/>
        <source>It is removed for everyone in the room; &quot;Message deleted&quot; stays in its place.</source>
        <translation>방의 모든 사람에게서 지워지고, 그 자리에 &quot;삭제된 메시지입니다&quot;가 남습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="425"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="505"/>
        <source>Nothing among the newest messages.</source>
        <translation>최근 메시지에서는 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="505"/>
        <source>No messages found.</source>
        <translation>찾는 메시지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="517"/>
        <source>Search older messages</source>
        <translation>이전 메시지에서 더 찾기</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="528"/>
        <source>%1 could not be opened.</source>
        <translation>%1 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="545"/>
        <source>The original message is no longer in the chat.</source>
        <translation>원래 메시지가 더 이상 채팅에 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="100"/>
        <location filename="../pages/ChatRoomPage.qml" line="134"/>
        <location filename="../pages/ChatRoomPage.qml" line="136"/>
        <location filename="../pages/ChatRoomPage.qml" line="160"/>
        <source>Cancel the group buy</source>
        <translation>공동구매 취소</translation>
    </message>
    <message>
        <location filename="../pages/ChatRoomPage.qml" line="305"/>
        <source>Choose a group buy to see its chat.</source>
        <translation>공동구매를 선택하면 채팅이 보입니다.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="40"/>
        <source>Not now</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="16"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="17"/>
        <source>Connection lost. Reconnecting… Messages you write are kept and sent later.</source>
        <translation>연결이 끊겼습니다. 다시 연결하는 중… 작성한 메시지는 보관했다가 전송합니다.</translation>
    </message>
    <message>
        <location filename="../components/ConnectionBanner.qml" line="18"/>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../components/Countdown.qml" line="22"/>
        <source>Deadline passed</source>
        <translation>마감 시간 지남</translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="24"/>
        <source>%1d %2h left</source>
        <translation>%1일 %2시간 남음</translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="26"/>
        <source>%1h %2m left</source>
        <translation>%1시간 %2분 남음</translation>
    </message>
    <message>
        <location filename="../components/Countdown.qml" line="27"/>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="14"/>
        <source>Open a group buy</source>
        <translation>공동구매 열기</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="37"/>
        <source>What are you selling?</source>
        <translation>무엇을 판매하나요?</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="39"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Details: price, pickup, delivery</source>
        <translation type="vanished">상세 정보: 가격, 수령 장소, 배송</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="49"/>
        <source>Details: origin, pickup place, delivery</source>
        <translation>상세 정보: 원산지, 수령 장소, 배송</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="51"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="56"/>
        <source>Buyers needed (max)</source>
        <translation>모집 인원 (최대)</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="58"/>
        <source>At least</source>
        <translation>최소 인원</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="60"/>
        <source>Open for (hours)</source>
        <translation>모집 기간 (시간)</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../pages/CreateRoomDialog.qml" line="73"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../components/LimitsDialog.qml" line="28"/>
        <source>Deadline and places</source>
        <translation>마감 시간과 모집 인원</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="50"/>
        <source>Buyers needed (max)</source>
        <translation>모집 인원 (최대)</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="59"/>
        <source>More time (hours)</source>
        <translation>연장 시간 (시간)</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="70"/>
        <source>New deadline: %1</source>
        <translation>새 마감 시간: %1</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="78"/>
        <source>As many places as buyers who joined: the group buy closes as full.</source>
        <translation>참여한 인원과 같으면 모집이 다 찬 것으로 마감됩니다.</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="95"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/LimitsDialog.qml" line="100"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../pages/LoginPage.qml" line="31"/>
        <source>Buy together, chat together.</source>
        <translation>함께 사고, 함께 이야기해요.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="37"/>
        <location filename="../pages/LoginPage.qml" line="40"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="46"/>
        <location filename="../pages/LoginPage.qml" line="48"/>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="54"/>
        <source>Display name (shown in chats)</source>
        <translation>표시 이름 (채팅에 보임)</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="55"/>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="61"/>
        <location filename="../pages/LoginPage.qml" line="63"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="75"/>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="75"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="84"/>
        <source>I already have an account</source>
        <translation>이미 계정이 있어요</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="84"/>
        <source>Create a new account</source>
        <translation>새 계정 만들기</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="15"/>
        <source>Gonggu</source>
        <translation>공구</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../components/MessageBubble.qml" line="89"/>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="90"/>
        <location filename="../components/MessageBubble.qml" line="221"/>
        <location filename="../components/MessageBubble.qml" line="258"/>
        <source>Message deleted</source>
        <translation>삭제된 메시지입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/MessageBubble.qml" line="91"/>
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(파일 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="115"/>
        <source>New messages</source>
        <translation>여기까지 읽었습니다</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="150"/>
        <source>Announcement</source>
        <translation>공지</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="210"/>
        <source>Reply to yourself</source>
        <translation>나에게 답장</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="210"/>
        <source>Reply to you</source>
        <translation>나에게 답장</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="211"/>
        <source>Reply to %1</source>
        <translation>%1님에게 답장</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="211"/>
        <location filename="../components/MessageBubble.qml" line="317"/>
        <source>Reply</source>
        <translation>답장</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="233"/>
        <source>Show the message this replies to</source>
        <translation>답장한 원래 메시지 보기</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="307"/>
        <source>React with %1</source>
        <translation>%1 반응 남기기</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="323"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="334"/>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="341"/>
        <source>Report…</source>
        <translation>신고…</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="348"/>
        <source>Block %1</source>
        <translation>%1 님 차단</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="355"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="373"/>
        <source>Message actions</source>
        <translation>메시지 메뉴</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/MessageBubble.qml" line="387"/>
        <source>%n not read yet</source>
        <translation>
            <numerusform>%n명이 아직 읽지 않음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="394"/>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="395"/>
        <source>Not sent</source>
        <translation>전송 실패</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="396"/>
        <source>edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="403"/>
        <source>Retry</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="449"/>
        <source>%1, %2, yours: take back</source>
        <translation>%1 %2개, 내 반응: 취소</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="450"/>
        <source>%1, %2: react too</source>
        <translation>%1 %2개: 나도 반응</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="471"/>
        <source>Call %1</source>
        <translation>%1에 전화</translation>
    </message>
    <message>
        <location filename="../components/MessageBubble.qml" line="472"/>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../components/MessageInput.qml" line="60"/>
        <source>A message can carry at most 10 files.</source>
        <translation>한 메시지에 파일은 10개까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="85"/>
        <source>Reply to %1</source>
        <translation>%1님에게 답장</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="85"/>
        <source>Reply to yourself</source>
        <translation>나에게 답장</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="92"/>
        <source>Edit message</source>
        <translation>메시지 수정</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="136"/>
        <source>Photos and files to send</source>
        <translation>보낼 사진과 파일</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="139"/>
        <source>Photos and PDF files</source>
        <translation>사진과 PDF 파일</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="198"/>
        <source>Cancel editing</source>
        <translation>수정 취소</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="198"/>
        <source>Cancel reply</source>
        <translation>답장 취소</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="253"/>
        <source>Remove %1</source>
        <translation>%1 빼기</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="281"/>
        <source>Attach photos or files</source>
        <translation>사진이나 파일 첨부</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="283"/>
        <source>Attach photos or PDF files</source>
        <translation>사진이나 PDF 파일 첨부</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="295"/>
        <location filename="../components/MessageInput.qml" line="298"/>
        <source>Send as an announcement</source>
        <translation>공지로 보내기</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="297"/>
        <source>Sends as an announcement, pinned for everyone</source>
        <translation>공지로 보내면 모두에게 상단 고정됩니다</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="307"/>
        <location filename="../components/MessageInput.qml" line="310"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="307"/>
        <source>Announcement to everyone</source>
        <translation>모두에게 보낼 공지</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="347"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../components/MessageInput.qml" line="347"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../components/MessageList.qml" line="83"/>
        <source>Announcements: %1</source>
        <translation>공지: %1</translation>
    </message>
    <message>
        <location filename="../components/MessageList.qml" line="279"/>
        <source>A message from someone you blocked · Show</source>
        <translation>차단한 사람의 메시지입니다 · 보기</translation>
    </message>
    <message>
        <location filename="../components/MessageList.qml" line="350"/>
        <source>Jump to latest</source>
        <translation>최신 메시지로</translation>
    </message>
</context>
<context>
    <name>OrderBar</name>
    <message>
        <location filename="../components/OrderBar.qml" line="55"/>
        <source>%1 of %2 buyers have not paid yet</source>
        <translation>구매자 %2명 중 %1명이 아직 결제하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="56"/>
        <source>Pay the seller as they asked in the chat.</source>
        <translation>채팅에서 판매자가 안내한 방법으로 결제해 주세요.</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="57"/>
        <source>Paid. Tell the seller when you have it.</source>
        <translation>결제 완료. 상품을 받으면 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="58"/>
        <source>You have it. Enjoy!</source>
        <translation>상품을 받았습니다. 맛있게 드세요!</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="59"/>
        <source>This order was called off.</source>
        <translation>이 주문은 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="70"/>
        <source>I got it</source>
        <translation>받았어요</translation>
    </message>
    <message>
        <location filename="../components/OrderBar.qml" line="78"/>
        <source>Orders ›</source>
        <translation>주문 관리 ›</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <location filename="../components/OrdersDialog.qml" line="31"/>
        <source>Orders</source>
        <translation>주문 관리</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="39"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/OrdersDialog.qml" line="47"/>
        <source>%n buyer(s) were reminded to pay.</source>
        <translation>
            <numerusform>%n명에게 결제 알림을 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="48"/>
        <source>Saved as %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="61"/>
        <source>All (%1)</source>
        <translation>전체 (%1)</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="65"/>
        <source>Not paid yet (%1)</source>
        <translation>미결제 (%1)</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="101"/>
        <source>Since the close, %1</source>
        <translation>마감 이후 그대로, %1</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="103"/>
        <source>Confirmed by the buyer, %1</source>
        <translation>구매자가 수령 확인, %1</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="105"/>
        <source>By the marketplace, %1</source>
        <translation>마켓에서 변경, %1</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="125"/>
        <source>Change the order of %1</source>
        <translation>%1 님의 주문 변경</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="158"/>
        <source>Remind those who have not paid</source>
        <translation>미결제자에게 알림 보내기</translation>
    </message>
    <message>
        <location filename="../components/OrdersDialog.qml" line="166"/>
        <source>Save as CSV</source>
        <translation>CSV로 저장</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../components/ParticipantList.qml" line="30"/>
        <source>Mute for an hour</source>
        <translation>1시간 동안 채팅 금지</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="37"/>
        <source>Mute for a day</source>
        <translation>하루 동안 채팅 금지</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="44"/>
        <source>Let them write again</source>
        <translation>채팅 금지 풀기</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="51"/>
        <source>Remove from the room…</source>
        <translation>방에서 내보내기…</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="58"/>
        <source>Report…</source>
        <translation>신고…</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="63"/>
        <source>Unblock</source>
        <translation>차단 해제</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="63"/>
        <source>Block</source>
        <translation>차단</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="84"/>
        <source>Members (%1)</source>
        <translation>참여자 (%1)</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="94"/>
        <source>Seller</source>
        <translation>판매자</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="95"/>
        <source>Buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="95"/>
        <source>Watching</source>
        <translation>구경 중</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="128"/>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="128"/>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="132"/>
        <source>(you)</source>
        <translation>(나)</translation>
    </message>
    <message>
        <location filename="../components/ParticipantList.qml" line="139"/>
        <source>Muted</source>
        <translation>채팅 금지</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../components/PhotoViewer.qml" line="93"/>
        <source>This photo could not be loaded.</source>
        <translation>사진을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="128"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="149"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="160"/>
        <source>Previous photo</source>
        <translation>이전 사진</translation>
    </message>
    <message>
        <location filename="../components/PhotoViewer.qml" line="168"/>
        <source>Next photo</source>
        <translation>다음 사진</translation>
    </message>
</context>
<context>
    <name>PriceLine</name>
    <message>
        <location filename="../components/PriceLine.qml" line="18"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../components/PriceLine.qml" line="36"/>
        <source>regular price %1</source>
        <translation>정가 %1</translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <location filename="../components/Prices.qml" line="19"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
</context>
<context>
    <name>PrivateDetailsDialog</name>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="24"/>
        <source>Send this to everyone?</source>
        <translation>모두에게 보낼까요?</translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="32"/>
        <source>It looks like a phone number or an address. Everyone in this chat can read it; the delivery address form goes to the seller only.</source>
        <translation>전화번호나 주소처럼 보입니다. 채팅은 참여자 모두가 볼 수 있고, 배송지 입력은 판매자에게만 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="40"/>
        <source>Send in the chat</source>
        <translation>채팅으로 보내기</translation>
    </message>
    <message>
        <location filename="../components/PrivateDetailsDialog.qml" line="45"/>
        <source>Send it privately</source>
        <translation>판매자에게만 보내기</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../components/ProductCard.qml" line="27"/>
        <source>Pickup or delivery</source>
        <translation>직접 수령 또는 택배</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="28"/>
        <source>Delivery</source>
        <translation>택배</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="28"/>
        <source>Pickup</source>
        <translation>직접 수령</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="44"/>
        <source>Product: %1</source>
        <translation>상품: %1</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="66"/>
        <source>Product photo</source>
        <translation>상품 사진</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="80"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="111"/>
        <location filename="../components/ProductCard.qml" line="114"/>
        <source>%1 / %2 joined</source>
        <translation>%1 / %2명 참여</translation>
    </message>
    <message>
        <location filename="../components/ProductCard.qml" line="128"/>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../components/ProductDialog.qml" line="26"/>
        <source>Product details</source>
        <translation>상품 정보</translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="47"/>
        <source>Everyone in the chat is told when the product changes.</source>
        <translation>상품 정보를 바꾸면 채팅방의 모든 분께 알려집니다.</translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/ProductDialog.qml" line="73"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>ProductFields</name>
    <message>
        <location filename="../components/ProductFields.qml" line="51"/>
        <source>Enter the group price.</source>
        <translation>공동구매 가격을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="52"/>
        <source>The regular price cannot be below the group price.</source>
        <translation>정가는 공동구매 가격보다 낮을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="53"/>
        <source>Say what one unit is in one line of at most 40 characters.</source>
        <translation>판매 단위를 한 줄, 40자 이내로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="54"/>
        <source>Choose pickup, delivery or both.</source>
        <translation>직접 수령, 택배 중 하나 이상을 고르세요.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="56"/>
        <source>The photo must be a JPEG, PNG, WebP or GIF of at most 10 MB.</source>
        <translation>사진은 10MB 이하의 JPEG, PNG, WebP, GIF 파일이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="58"/>
        <source>The product details are not right yet.</source>
        <translation>상품 정보를 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="75"/>
        <source>Product photo</source>
        <translation>상품 사진</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="78"/>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="89"/>
        <location filename="../components/ProductFields.qml" line="97"/>
        <source>Group price</source>
        <translation>공구가</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="94"/>
        <source>e.g. 29000</source>
        <translation>예: 29000</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="99"/>
        <location filename="../components/ProductFields.qml" line="107"/>
        <source>Regular price</source>
        <translation>정가</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="104"/>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="109"/>
        <location filename="../components/ProductFields.qml" line="116"/>
        <source>Unit</source>
        <translation>판매 단위</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="114"/>
        <source>e.g. 10kg box</source>
        <translation>예: 10kg 한 상자</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="124"/>
        <source>Pickup</source>
        <translation>직접 수령</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="130"/>
        <source>Delivery</source>
        <translation>택배</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="152"/>
        <source>Change photo</source>
        <translation>사진 바꾸기</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="152"/>
        <source>Add photo</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="157"/>
        <source>Remove photo</source>
        <translation>사진 빼기</translation>
    </message>
    <message>
        <location filename="../components/ProductFields.qml" line="170"/>
        <source>Buyers see:</source>
        <translation>구매자에게 보이는 가격:</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="27"/>
        <source>Remove %1?</source>
        <translation>%1 님을 내보낼까요?</translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="49"/>
        <source>They are told why, and cannot come back to this group buy. A buyer&apos;s place goes back to the others.</source>
        <translation>내보내는 이유가 그분께 전달되고, 이 공동구매에 다시 들어올 수 없습니다. 구매자의 자리는 다른 분께 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="59"/>
        <source>Why (they will see this)</source>
        <translation>이유 (상대방에게 보입니다)</translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="72"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/RemoveMemberDialog.qml" line="77"/>
        <source>Remove</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../components/ReportDialog.qml" line="32"/>
        <source>Report this message?</source>
        <translation>이 메시지를 신고할까요?</translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="32"/>
        <source>Report %1?</source>
        <translation>%1 님을 신고할까요?</translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="59"/>
        <source>Gonggu&apos;s operators read it. %1 is not told who reported them.</source>
        <translation>공구 운영팀이 확인합니다. %1 님에게는 누가 신고했는지 알리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="69"/>
        <source>What is wrong (e.g. asks to pay outside the app)</source>
        <translation>무엇이 문제인가요 (예: 앱 밖에서 입금 요구)</translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../components/ReportDialog.qml" line="87"/>
        <source>Report</source>
        <translation>신고</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../components/RoomDelegate.qml" line="34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="43"/>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="123"/>
        <source>Your group buy</source>
        <translation>내가 연 공동구매</translation>
    </message>
    <message>
        <location filename="../components/RoomDelegate.qml" line="126"/>
        <source>%1 · you joined</source>
        <translation>%1 · 참여 중</translation>
    </message>
</context>
<context>
    <name>RoomListPage</name>
    <message>
        <location filename="../pages/RoomListPage.qml" line="20"/>
        <source>Group buys</source>
        <translation>공동구매</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="31"/>
        <location filename="../pages/RoomListPage.qml" line="33"/>
        <source>Open a group buy</source>
        <translation>공동구매 열기</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="40"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="46"/>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인함</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="50"/>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="68"/>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="75"/>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="91"/>
        <source>All active</source>
        <translation>모집 중</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="95"/>
        <source>Mine</source>
        <translation>내 공구</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="112"/>
        <source>You have not joined any group buy yet.</source>
        <translation>아직 참여한 공동구매가 없습니다.</translation>
    </message>
    <message>
        <location filename="../pages/RoomListPage.qml" line="113"/>
        <source>No group buy is recruiting right now.</source>
        <translation>지금 모집 중인 공동구매가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoomListView</name>
    <message>
        <location filename="../components/RoomListView.qml" line="25"/>
        <source>Group buys</source>
        <translation>공동구매</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <location filename="../components/Sentences.qml" line="10"/>
        <source>%1 joined the chat</source>
        <translation>%1 님이 채팅에 들어왔습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="11"/>
        <source>%1 joined the group buy</source>
        <translation>%1 님이 공동구매에 참여했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="12"/>
        <source>%1 left</source>
        <translation>%1 님이 나갔습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="13"/>
        <source>%1 left the room when the group buy closed</source>
        <translation>공동구매 마감으로 %1 님이 방에서 나갔습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="14"/>
        <source>The group buy is complete 🎉</source>
        <translation>공동구매 모집이 완료되었습니다 🎉</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="15"/>
        <source>The group buy was cancelled</source>
        <translation>공동구매가 취소되었습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="16"/>
        <source>The deadline has passed</source>
        <translation>마감 시간이 지났습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="17"/>
        <source>The seller updated the product details</source>
        <translation>판매자가 상품 정보를 수정했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="18"/>
        <source>The seller gave the group buy more time</source>
        <translation>판매자가 마감 시간을 연장했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="19"/>
        <source>The seller changed the number of places</source>
        <translation>판매자가 모집 인원을 변경했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="20"/>
        <source>The seller set the pickup</source>
        <translation>판매자가 픽업 약속을 잡았습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="21"/>
        <source>The seller changed the pickup</source>
        <translation>판매자가 픽업 약속을 변경했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="22"/>
        <source>The seller called off the pickup</source>
        <translation>판매자가 픽업 약속을 취소했습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="23"/>
        <source>The seller removed %1 from the room</source>
        <translation>판매자가 %1 님을 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="24"/>
        <source>The seller muted %1 for a while</source>
        <translation>판매자가 %1 님의 채팅을 잠시 막았습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="25"/>
        <source>%1 can write again</source>
        <translation>%1 님이 다시 채팅할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="26"/>
        <source>The seller paused the chat</source>
        <translation>판매자가 채팅을 잠시 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="27"/>
        <source>The seller reopened the chat</source>
        <translation>판매자가 채팅을 다시 열었습니다</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="33"/>
        <source>ddd, MMM d, h:mm AP</source>
        <translation>M월 d일 (ddd) AP h:mm</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="38"/>
        <source>Coming</source>
        <translation>갈게요</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="39"/>
        <source>Can&apos;t come</source>
        <translation>못 가요</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="41"/>
        <source>No answer yet</source>
        <translation>응답 전</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="46"/>
        <source>Not paid yet</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="47"/>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="48"/>
        <source>Handed over</source>
        <translation>전달 완료</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="49"/>
        <source>Order cancelled</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="56"/>
        <source>Mark as paid</source>
        <translation>결제 완료로 표시</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="57"/>
        <source>Mark as handed over</source>
        <translation>전달 완료로 표시</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="58"/>
        <source>Not paid after all</source>
        <translation>결제 대기로 되돌리기</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="60"/>
        <source>Cancel and refund</source>
        <translation>취소하고 환불</translation>
    </message>
    <message>
        <location filename="../components/Sentences.qml" line="60"/>
        <source>Cancel the order</source>
        <translation>주문 취소</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../components/StatusBadge.qml" line="12"/>
        <source>Recruiting</source>
        <translation>모집 중</translation>
    </message>
    <message>
        <location filename="../components/StatusBadge.qml" line="13"/>
        <source>Complete</source>
        <translation>모집 완료</translation>
    </message>
    <message>
        <location filename="../components/StatusBadge.qml" line="14"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>gonggu::client::ChatClient</name>
    <message>
        <location filename="../../client/chatclient.cpp" line="43"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>로그인이 만료되었습니다. 다시 로그인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="75"/>
        <source>Wrong username or password, or your session expired.</source>
        <translation>아이디나 비밀번호가 틀렸거나 로그인이 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="78"/>
        <source>That name is already taken.</source>
        <translation>이미 사용 중인 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="80"/>
        <source>More buyers have joined than that: no one is dropped.</source>
        <translation>이미 그보다 많은 분이 참여했습니다. 참여자를 뺄 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="81"/>
        <source>Someone changed this meanwhile. Look again and retry.</source>
        <translation>그사이 다른 변경이 있었습니다. 다시 확인하고 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="83"/>
        <source>This group buy is already full.</source>
        <translation>모집 인원이 이미 다 찼습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="85"/>
        <source>This group buy is no longer recruiting.</source>
        <translation>더 이상 모집하지 않는 공동구매입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="87"/>
        <source>This chat is read-only.</source>
        <translation>읽기 전용 채팅입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="89"/>
        <source>You are not a member of this room.</source>
        <translation>이 방의 참여자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="91"/>
        <source>You are not allowed to do that.</source>
        <translation>이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="93"/>
        <source>You are sending messages too fast. Wait a moment.</source>
        <translation>메시지를 너무 빨리 보내고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="96"/>
        <source>Only photos (JPEG, PNG, WebP, GIF) and PDF files can be sent.</source>
        <translation>사진(JPEG, PNG, WebP, GIF)과 PDF 파일만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="98"/>
        <source>A file can be at most 10 MB.</source>
        <translation>파일은 10MB까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="100"/>
        <source>A message can carry at most 10 files.</source>
        <translation>한 메시지에 파일은 10개까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="102"/>
        <source>This file could not be read as a photo or a PDF.</source>
        <translation>사진이나 PDF로 읽을 수 없는 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="103"/>
        <source>This message cannot be sent: %1</source>
        <translation>이 메시지는 보낼 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="105"/>
        <source>This group buy does not exist.</source>
        <translation>존재하지 않는 공동구매입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="109"/>
        <source>A username has 3 to 32 characters: a-z, 0-9, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>아이디는 3~32자의 영문 소문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;로 만들어 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="111"/>
        <source>A password has 8 to 256 characters.</source>
        <translation>비밀번호는 8~256자로 만들어 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="113"/>
        <source>A display name has 1 to 64 characters, on one line.</source>
        <translation>이름은 한 줄로 1~64자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="115"/>
        <source>The title must have 1 to 120 characters.</source>
        <translation>제목은 1~120자로 써 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="117"/>
        <source>A group buy takes at least as many buyers as it needs, at most 10,000.</source>
        <translation>모집 인원은 최소 인원 이상, 10,000명 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="118"/>
        <source>The server refused the request: %1</source>
        <translation>서버가 요청을 거절했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="120"/>
        <source>The server cannot store anything right now. Try again in a moment.</source>
        <translation>지금은 서버가 저장할 수 없어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="124"/>
        <source>Something went wrong. Try again.</source>
        <translation>문제가 생겼습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="125"/>
        <source>Could not reach the server: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="519"/>
        <source>Your order is waiting for payment again.</source>
        <translation>주문이 다시 결제 대기 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="521"/>
        <source>Your payment was confirmed.</source>
        <translation>결제가 확인되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="523"/>
        <source>Your order was handed over.</source>
        <translation>주문하신 상품이 전달되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="525"/>
        <source>Your order was cancelled.</source>
        <translation>주문이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="530"/>
        <source>%1 is waiting for payment again.</source>
        <translation>%1 님의 주문이 다시 결제 대기 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="532"/>
        <source>%1 has paid.</source>
        <translation>%1 님이 결제했습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="534"/>
        <source>%1 confirmed receipt.</source>
        <translation>%1 님이 상품 수령을 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="536"/>
        <source>The order of %1 was cancelled.</source>
        <translation>%1 님의 주문이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="549"/>
        <source>Announcement: %1</source>
        <translation>공지: %1</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="551"/>
        <source>The group buy is complete.</source>
        <translation>공동구매 모집이 완료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="552"/>
        <source>The group buy was called off.</source>
        <translation>공동구매가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="555"/>
        <source>The seller removed you from this group buy: %1</source>
        <translation>판매자가 이 공동구매에서 회원님을 내보냈습니다: %1</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="557"/>
        <source>The group buy is complete; its chat is now for the buyers only.</source>
        <translation>공동구매 모집이 완료되어 이제 참여자만 대화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="559"/>
        <source>The seller is waiting for your payment.</source>
        <translation>판매자가 결제를 기다리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="563"/>
        <source>The pickup moved: %1, %2. Please answer again.</source>
        <translation>픽업 약속이 바뀌었습니다: %1, %2. 다시 응답해 주세요.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="566"/>
        <source>The pickup on %1 was called off.</source>
        <translation>%1 픽업 약속이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../client/chatclient.cpp" line="568"/>
        <source>Pickup in an hour: %1, %2.</source>
        <translation>한 시간 뒤 픽업: %1, %2.</translation>
    </message>
</context>
<context>
    <name>gonggu::client::FreedesktopNotifier</name>
    <message>
        <location filename="../../client/notify/freedesktopnotifier.cpp" line="35"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomAddresses</name>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Recipient</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="136"/>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="137"/>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../client/roomaddresses.cpp" line="137"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomListModel</name>
    <message numerus="yes">
        <location filename="../../client/models/roomlistmodel.cpp" line="12"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/models/roomlistmodel.cpp" line="14"/>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/models/roomlistmodel.cpp" line="15"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/models/roomlistmodel.cpp" line="56"/>
        <source>Message deleted</source>
        <translation>삭제된 메시지입니다</translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomOrders</name>
    <message>
        <location filename="../../client/roomorders.cpp" line="170"/>
        <source>Everyone who has not paid was reminded within the last hour.</source>
        <translation>미결제자 모두에게 1시간 안에 이미 알림을 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomorders.cpp" line="196"/>
        <source>The list could not be saved in %1.</source>
        <translation>%1에 목록을 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::client::RoomSession</name>
    <message>
        <location filename="../../client/roomsession.cpp" line="123"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="125"/>
        <source>This group buy was cancelled. The chat is read-only.</source>
        <translation>취소된 공동구매입니다. 채팅은 읽기만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="127"/>
        <source>The seller paused the chat. You can read it, and write again once it reopens.</source>
        <translation>판매자가 채팅을 잠시 멈췄습니다. 읽을 수는 있고, 다시 열리면 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="129"/>
        <source>The seller muted you until %1. You can read the chat.</source>
        <translation>판매자가 %1까지 채팅을 막았습니다. 읽기는 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="137"/>
        <source>You left this group buy. Join it to chat again.</source>
        <translation>공동구매에서 나왔습니다. 다시 참여하면 채팅할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="138"/>
        <source>You are no longer a member of this room.</source>
        <translation>더 이상 이 방의 참여자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="141"/>
        <source>This group buy is closed to viewers.</source>
        <translation>마감된 공동구매는 참여자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="182"/>
        <source>The group buy closed; viewers have left the room.</source>
        <translation>공동구매가 마감되어 구경하던 분들은 방에서 나갔습니다.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP, GIF) and PDF files can be sent.</source>
        <translation type="vanished">사진(JPEG, PNG, WebP, GIF)과 PDF 파일만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>A file can be at most 10 MB.</source>
        <translation type="vanished">파일은 10MB까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>This file could not be read as a photo or a PDF.</source>
        <translation type="vanished">사진이나 PDF로 읽을 수 없는 파일입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="659"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n명이 입력 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="661"/>
        <source>%1 is typing…</source>
        <translation>%1님이 입력 중…</translation>
    </message>
    <message>
        <location filename="../../client/roomsession.cpp" line="663"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1님과 %2님이 입력 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/roomsession.cpp" line="665"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1님 외 %n명이 입력 중…</numerusform>
        </translation>
    </message>
</context>
</TS>
