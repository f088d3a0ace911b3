// For std::visit: one lambda per alternative, and no generic one, so that an
// alternative a visitor forgets is a compile error.
#pragma once

namespace gonggu {

template <typename... Handlers> struct Overloaded : Handlers... { using Handlers::operator()...; };
template <typename... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>;

} // namespace gonggu
