#include "cli/table.hpp"

#include <algorithm>

namespace onward::cli {

namespace {

std::size_t display_width(const std::string& text)
{
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Table cells are single lines: control characters (a newline in a subject, say) become spaces.
std::string one_line(std::string text)
{
    for (auto& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return text;
}

} // namespace

void Table::add_row(std::vector<std::string> cells)
{
    cells.resize(headers_.size());
    for (auto& cell : cells) cell = one_line(std::move(cell));
    rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out) const
{
    std::vector<std::size_t> widths(headers_.size());
    for (std::size_t c = 0; c < headers_.size(); ++c) {
        widths[c] = display_width(headers_[c]);
        for (const auto& row : rows_) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    const auto print_row = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            out << cells[c];
            if (c + 1 < cells.size()) out << std::string(widths[c] - display_width(cells[c]) + 2, ' ');
        }
        out << '\n';
    };
    print_row(headers_);
    for (const auto& row : rows_) print_row(row);
}

} // namespace onward::cli
