//! What a creator delivers, and the platform each deliverable is published on.

use super::platform::Platform;

/// What the creator delivers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Deliverable {
    /// An Instagram feed post.
    InstagramPost,
    /// An Instagram story.
    InstagramStory,
    /// An Instagram reel.
    InstagramReel,
    /// A TikTok video.
    TikTokVideo,
    /// A YouTube video.
    YouTubeVideo,
    /// A YouTube Short.
    YouTubeShort,
    /// A LinkedIn post.
    LinkedInPost,
    /// A Pinterest pin.
    PinterestPin,
    /// A Threads post.
    ThreadsPost,
    /// A Bluesky post.
    BlueskyPost,
}

impl Deliverable {
    /// Every deliverable, in display order.
    pub const ALL: [Self; 10] = [
        Self::InstagramPost,
        Self::InstagramStory,
        Self::InstagramReel,
        Self::TikTokVideo,
        Self::YouTubeVideo,
        Self::YouTubeShort,
        Self::LinkedInPost,
        Self::PinterestPin,
        Self::ThreadsPost,
        Self::BlueskyPost,
    ];

    /// A stable identifier for URLs, e.g. "instagram-post".
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Self::InstagramPost => "instagram-post",
            Self::InstagramStory => "instagram-story",
            Self::InstagramReel => "instagram-reel",
            Self::TikTokVideo => "tiktok-video",
            Self::YouTubeVideo => "youtube-video",
            Self::YouTubeShort => "youtube-short",
            Self::LinkedInPost => "linkedin-post",
            Self::PinterestPin => "pinterest-pin",
            Self::ThreadsPost => "threads-post",
            Self::BlueskyPost => "bluesky-post",
        }
    }

    /// The deliverable for a slug produced by [`Deliverable::slug`].
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.slug() == slug)
    }

    /// The name shown to users, e.g. "Instagram post".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::InstagramPost => "Instagram post",
            Self::InstagramStory => "Instagram story",
            Self::InstagramReel => "Instagram reel",
            Self::TikTokVideo => "TikTok video",
            Self::YouTubeVideo => "YouTube video",
            Self::YouTubeShort => "YouTube Short",
            Self::LinkedInPost => "LinkedIn post",
            Self::PinterestPin => "Pinterest pin",
            Self::ThreadsPost => "Threads post",
            Self::BlueskyPost => "Bluesky post",
        }
    }

    /// The platform it is published on.
    #[must_use]
    pub const fn platform(self) -> Platform {
        match self {
            Self::InstagramPost | Self::InstagramStory | Self::InstagramReel => Platform::Instagram,
            Self::TikTokVideo => Platform::TikTok,
            Self::YouTubeVideo | Self::YouTubeShort => Platform::YouTube,
            Self::LinkedInPost => Platform::LinkedIn,
            Self::PinterestPin => Platform::Pinterest,
            Self::ThreadsPost => Platform::Threads,
            Self::BlueskyPost => Platform::Bluesky,
        }
    }
}
